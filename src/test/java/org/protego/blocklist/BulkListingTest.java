package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.protego.shared.CanonicalUrl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The bulk requests the benchmark seeds the list with go through the same rules and publication as assessments. */
@ProtegoTest
@WithMockUser(username = "bulk-analyst", roles = "ANALYST")
class BulkListingTest {

    @LocalServerPort
    int port;

    @Autowired
    BulkListing bulk;

    @BeforeEach
    void nothingPending() {
        Api api = new Api(port);
        Fixtures.clearPendingChanges(api, api.createUser("hotline", "ANALYST"));
    }

    @Test
    void requestedUrlsArePublishedInTheNextVersion() throws Exception {
        List<CanonicalUrl> urls = uniqueUrls(3);

        int requested = bulk.requestUrlListings(urls);
        ListVersion version = bulk.publishPendingChanges().orElseThrow();

        assertThat(requested).isEqualTo(3);
        assertThat(version.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(version.createdBy()).isEqualTo("bulk-analyst");
        assertThat(feed(version.version())).containsAll(digests(urls));
    }

    @Test
    void removedUrlsLeaveTheListWithTheNextVersion() throws Exception {
        List<CanonicalUrl> urls = uniqueUrls(2);
        bulk.requestUrlListings(urls);
        bulk.publishPendingChanges().orElseThrow();

        int removed = bulk.requestUrlRemovals(urls.subList(0, 1));
        ListVersion next = bulk.publishPendingChanges().orElseThrow();

        assertThat(removed).isEqualTo(1);
        assertThat(next.removed()).isEqualTo(1);
        assertThat(feed(next.version()))
                .doesNotContain(digests(urls.subList(0, 1)).get(0))
                .contains(digests(urls.subList(1, 2)).get(0));
    }

    @Test
    void urlOnAPublicSuffixIsLeftOutAsForAnAssessedItem() {
        int requested = bulk.requestUrlListings(List.of(CanonicalUrl.of("http://co.uk/" + UUID.randomUUID())));

        assertThat(requested).isZero();
    }

    @Test
    @WithMockUser(username = "bulk-isp", roles = "INDUSTRY")
    void onlyThoseWhoMayChangeTheListRequestInBulk() {
        List<CanonicalUrl> urls = uniqueUrls(1);

        assertThatThrownBy(() -> bulk.requestUrlListings(urls)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.requestUrlRemovals(urls)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.publishPendingChanges()).isInstanceOf(AccessDeniedException.class);
    }

    private static List<CanonicalUrl> uniqueUrls(int count) {
        String site = Fixtures.uniqueUrl("/bulk/");
        return IntStream.range(0, count)
                .mapToObj(i -> CanonicalUrl.of(site + i))
                .toList();
    }

    private List<String> feed(long version) {
        var out = new ByteArrayOutputStream();
        bulk.writeFeed(version, out);
        return out.toString(StandardCharsets.US_ASCII).lines().toList();
    }

    private static List<String> digests(List<CanonicalUrl> urls) throws Exception {
        var sha256 = MessageDigest.getInstance("SHA-256");
        return urls.stream()
                .map(url -> url.value().substring("http://".length()))
                .map(expression -> HexFormat.of().formatHex(sha256.digest(expression.getBytes(StandardCharsets.UTF_8))))
                .toList();
    }
}
