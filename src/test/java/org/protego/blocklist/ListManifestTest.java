package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.Openssl;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One signature binds a version's number and time to the SHA-256 of both its files, so that an old feed cannot be
 * served again as new; the delta is signed over the bytes sent.
 */
@ProtegoTest
class ListManifestTest {

    @LocalServerPort
    int port;

    @TempDir
    Path directory;

    Api api;
    Api.StaffUser analyst;
    Api.StaffUser isp;
    String publicKey;

    @BeforeEach
    void users() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        isp = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");
        Fixtures.clearPendingChanges(api, analyst);
        publicKey = api.get("/api/v1/blocklist/public-key", null).body();
    }

    long publishedVersion() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/manifest"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        return api.postJson("/api/v1/blocklist/publish", analyst.token(), Map.of())
                .json()
                .get("version")
                .asLong();
    }

    @Test
    void manifestNamesVersionTimeAndTheSha256OfBothFilesAndOpensslVerifiesIt() throws Exception {
        long version = publishedVersion();
        JsonNode latest =
                api.get("/api/v1/blocklist/versions/latest", isp.token()).json();
        var manifest = api.get("/api/v1/blocklist/versions/" + version + "/manifest", isp.token());
        String feed = api.get("/api/v1/blocklist/versions/" + version + "/hashed-urls", isp.token())
                .body();
        String zone = api.get("/api/v1/blocklist/versions/" + version + "/rpz", isp.token())
                .body();

        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.header("Content-Type")).startsWith("text/plain");
        assertThat(manifest.body())
                .isEqualTo("format: protego-blocklist-manifest/1\n"
                        + "version: " + version + "\n"
                        + "created-at: " + latest.get("publishedAt").asString() + "\n"
                        + "hashed-urls-sha256: " + BlocklistTest.sha256(feed) + "\n"
                        + "rpz-sha256: " + BlocklistTest.sha256(zone) + "\n");
        assertThat(latest.get("manifest").asString()).isEqualTo(manifest.body());
        var verdict = Openssl.verify(
                directory,
                publicKey,
                manifest.body().getBytes(StandardCharsets.US_ASCII),
                manifest.header("X-Protego-Signature"));
        assertThat(verdict.verified()).as(verdict.output()).isTrue();
        verdict = Openssl.verify(
                directory,
                publicKey,
                latest.get("manifest").asString().getBytes(StandardCharsets.US_ASCII),
                latest.get("manifestSignature").asString());
        assertThat(verdict.verified()).as(verdict.output()).isTrue();
    }

    @Test
    void anOlderManifestNamesItsOwnVersionSoItsFeedCannotPassAsTheNewest() throws Exception {
        long older = publishedVersion();
        long newer = publishedVersion();
        String olderManifest = api.get("/api/v1/blocklist/versions/" + older + "/manifest", isp.token())
                .body();
        String olderFeed = api.get("/api/v1/blocklist/versions/" + older + "/hashed-urls", isp.token())
                .body();
        var newest = api.get("/api/v1/blocklist/versions/latest", isp.token()).json();

        assertThat(newest.get("version").asLong()).isEqualTo(newer);
        assertThat(olderManifest).contains("version: " + older + "\n");
        assertThat(newest.get("manifest").asString())
                .contains("version: " + newer + "\n")
                .doesNotContain(BlocklistTest.sha256(olderFeed));
        var replayed = Openssl.verify(
                directory,
                publicKey,
                olderManifest.replace("version: " + older, "version: " + newer).getBytes(StandardCharsets.US_ASCII),
                api.get("/api/v1/blocklist/versions/" + older + "/manifest", isp.token())
                        .header("X-Protego-Signature"));
        assertThat(replayed.verified()).as("an old manifest relabelled as new").isFalse();
    }

    @Test
    void versionSummaryKeepsItsFieldsAndAddsTheManifest() {
        long version = publishedVersion();

        JsonNode summary =
                api.get("/api/v1/blocklist/versions/" + version, isp.token()).json();

        assertThat(summary.propertyNames())
                .contains(
                        "version",
                        "entries",
                        "sha256",
                        "signature",
                        "rpzSha256",
                        "rpzSignature",
                        "publishedAt",
                        "manifest",
                        "manifestSignature");
    }

    @Test
    void deltaIsSignedOverTheBytesSentAndNamesTheVersionItLeadsTo() throws Exception {
        long from = publishedVersion();
        long to = publishedVersion();

        var delta = api.get("/api/v1/blocklist/delta?from=" + from, isp.token());

        byte[] body = delta.body().getBytes(StandardCharsets.UTF_8);
        var verdict = Openssl.verify(directory, publicKey, body, delta.header("X-Protego-Signature"));
        assertThat(verdict.verified()).as(verdict.output()).isTrue();
        JsonNode json = delta.json();
        JsonNode target =
                api.get("/api/v1/blocklist/versions/" + to, isp.token()).json();
        assertThat(json.get("from").asLong()).isEqualTo(from);
        assertThat(json.get("to").asLong()).isEqualTo(to);
        assertThat(json.get("toCreatedAt").asString())
                .isEqualTo(target.get("publishedAt").asString());
        assertThat(json.get("toManifestSha256").asString())
                .isEqualTo(BlocklistTest.sha256(target.get("manifest").asString()));
        var tampered = Openssl.verify(
                directory,
                publicKey,
                delta.body().replace("\"from\":" + from, "\"from\":0").getBytes(StandardCharsets.UTF_8),
                delta.header("X-Protego-Signature"));
        assertThat(tampered.verified()).as("a delta changed after signing").isFalse();
    }

    @Test
    void manifestIsForReadersOfTheListOnly() {
        long version = publishedVersion();
        var helpline = api.createUser("hotline", "HELPLINE_OPERATOR");

        assertThat(api.get("/api/v1/blocklist/versions/" + version + "/manifest", null)
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/blocklist/versions/" + version + "/manifest", helpline.token())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/blocklist/versions/" + version + "/manifest", isp.token())
                        .status())
                .isEqualTo(200);
    }
}
