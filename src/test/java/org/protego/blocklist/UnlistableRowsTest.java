package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows the naming rules refuse, as a database older than the rules holds them or as someone writes them straight into
 * the table: they never reach a zone, and they leave the list instead of blocking publication.
 */
@ProtegoTest
class UnlistableRowsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    Api api;
    Api.StaffUser analyst;
    Api.StaffUser secondAnalyst;
    Api.StaffUser isp;

    @BeforeEach
    void users() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        secondAnalyst = api.createUser("hotline", "ANALYST");
        isp = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");
        Fixtures.clearPendingChanges(api, analyst);
    }

    long publishSomething() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/around-the-rules"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        var published = api.postJson("/api/v1/blocklist/publish", analyst.token(), Map.of())
                .json();
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        return published.get("version").asLong();
    }

    long insertRow(String kind, String domain, String expression, String state, Long addedIn, Long heldIn) {
        return jdbc.sql("""
                        insert into blocklist_entry (kind, expression, domain, digest, state, requested_by,
                            requested_at, added_in_version, held_in_version)
                        values (:kind, :expression, :domain, encode(sha256(convert_to(:expression, 'UTF8')), 'hex'),
                            :state, 'legacy', now(), :added, :held)
                        returning id""")
                .param("kind", kind)
                .param("expression", expression)
                .param("domain", domain)
                .param("state", state)
                .param("added", addedIn, java.sql.Types.BIGINT)
                .param("held", heldIn, java.sql.Types.BIGINT)
                .query(Long.class)
                .single();
    }

    String stateOf(long entry) {
        return jdbc.sql("select state from blocklist_entry where id = :id")
                .param("id", entry)
                .query(String.class)
                .single();
    }

    int refusalsAudited(long entry) {
        return jdbc.sql(
                        "select count(*) from audit_entry where action = 'blocklist.entry-refused' and subject_id = :id")
                .param("id", Long.toString(entry))
                .query(Integer.class)
                .single();
    }

    @Test
    void rowsOlderThanTheRulesNeverReachTheZoneAndLeaveWithTheNextVersion() throws Exception {
        long before = publishSomething();
        String hostile = "a;b-" + UUID.randomUUID().toString().substring(0, 6) + ".example.org";
        long suffix = insertRow("DOMAIN", "com", "com/", "LISTED", before, null);
        long semicolon = insertRow("DOMAIN", hostile, hostile + "/", "LISTED", before, null);
        long pendingWildcard = insertRow("DOMAIN", "*.de", "*.de/", "PENDING_ADDITION", null, null);
        String onSuffix = "co.uk/x-" + UUID.randomUUID();
        long pendingUrl = insertRow("URL", null, onSuffix, "PENDING_ADDITION", null, null);

        String zoneBefore = api.get("/api/v1/blocklist/versions/" + before + "/rpz", isp.token())
                .body();
        assertThat(zoneBefore)
                .doesNotContain("\ncom CNAME")
                .doesNotContain("*.com")
                .doesNotContain(";b-");
        var bind = ZoneCheckers.namedCheckzone(ZoneCheckers.write(directory, "before.rpz", zoneBefore));
        assertThat(bind.accepted()).as(bind.output()).isTrue();

        long after = publishSomething();

        assertThat(stateOf(suffix)).isEqualTo("REMOVED");
        assertThat(stateOf(semicolon)).isEqualTo("REMOVED");
        assertThat(stateOf(pendingWildcard)).isEqualTo("WITHDRAWN");
        assertThat(stateOf(pendingUrl)).isEqualTo("WITHDRAWN");
        assertThat(refusalsAudited(suffix)).isEqualTo(1);
        assertThat(refusalsAudited(pendingUrl)).isEqualTo(1);
        String feed = api.get("/api/v1/blocklist/versions/" + after + "/hashed-urls", isp.token())
                .body();
        assertThat(feed).doesNotContain(BlocklistTest.sha256("com/")).doesNotContain(BlocklistTest.sha256(onSuffix));
        String zoneAfter = api.get("/api/v1/blocklist/versions/" + after + "/rpz", isp.token())
                .body();
        bind = ZoneCheckers.namedCheckzone(ZoneCheckers.write(directory, "after.rpz", zoneAfter));
        assertThat(bind.accepted()).as(bind.output()).isTrue();
    }

    @Test
    void publicSuffixInAHeldVersionIsWithdrawnWhenTheVersionIsApproved() throws Exception {
        String canary = Fixtures.reportedItem(
                api, analyst, "http://w" + UUID.randomUUID().toString().substring(0, 6) + ".wikipedia.org/");
        Fixtures.assessed(api, analyst, canary, "csam_baseline", "US");
        var held = api.postJson("/api/v1/blocklist/publish", analyst.token(), Map.of())
                .json();
        assertThat(held.get("state").asString()).isEqualTo("HELD");
        long version = held.get("version").asLong();
        long suffix = insertRow("DOMAIN", "com", "com/", "PENDING_ADDITION", null, version);

        var approved =
                api.postJson("/api/v1/blocklist/versions/" + version + "/approval", secondAnalyst.token(), Map.of());

        assertThat(approved.json().get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(stateOf(suffix)).isEqualTo("WITHDRAWN");
        assertThat(refusalsAudited(suffix)).isEqualTo(1);
        assertThat(api.get("/api/v1/blocklist/versions/" + version + "/hashed-urls", isp.token())
                        .body())
                .doesNotContain(BlocklistTest.sha256("com/"));
    }
}
