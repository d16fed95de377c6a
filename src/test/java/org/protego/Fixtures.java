package org.protego;

import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small steps many tests share: a reported URL, its item, an assessment. */
public final class Fixtures {

    private Fixtures() {}

    public static String uniqueUrl(String path) {
        return "http://site-" + UUID.randomUUID().toString().substring(0, 8) + ".example" + path;
    }

    /** Reports the URL publicly and waits until triage filed it; returns the URL item's id. */
    public static String reportedItem(Api api, Api.StaffUser analyst, String url) {
        api.submitReport(Map.of("category", "child_sexual_abuse_material", "urls", List.of(url)));
        String query = "/api/v1/url-items?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(query, analyst.token()).json().size() == 1);
        return api.get(query, analyst.token()).json().get(0).get("id").asString();
    }

    /** A version held by another test would stop publication; an analyst rejects it so that this test can publish. */
    public static void rejectHeldVersions(Api api, Api.StaffUser analyst) {
        for (var version :
                api.get("/api/v1/blocklist/versions", analyst.token()).json()) {
            if (version.get("state").asString().equals("HELD")) {
                api.postJson(
                        "/api/v1/blocklist/versions/" + version.get("version").asLong() + "/rejection",
                        analyst.token(),
                        Map.of());
            }
        }
    }

    /**
     * Publishes what other tests left waiting, and rejects it if it is held, so that the next version holds only the
     * calling test's own changes.
     */
    public static void clearPendingChanges(Api api, Api.StaffUser analyst) {
        rejectHeldVersions(api, analyst);
        var published = api.postJson("/api/v1/blocklist/publish", analyst.token(), Map.of())
                .json();
        if (published.has("state") && published.get("state").asString().equals("HELD")) {
            rejectHeldVersions(api, analyst);
        }
    }

    /**
     * Assesses an item and, for an illegal outcome, waits until the block list acted on it: an entry was made or
     * refused. The takedown listener runs on its own; tests that need the takedown wait for it.
     */
    public static void assessed(Api api, Api.StaffUser analyst, String itemId, String outcome, String country) {
        var saved = api.postJson(
                "/api/v1/url-items/" + itemId + "/assessment",
                analyst.token(),
                Map.of("outcome", outcome, "hostingCountry", country));
        if (saved.status() != 201) {
            throw new IllegalStateException(saved.body());
        }
        blocklistActedOn(api, analyst, itemId);
    }

    /** Waits until the block list acted on an item's current assessment, which it does after the assessment commits. */
    public static void blocklistActedOn(Api api, Api.StaffUser analyst, String itemId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !api.get("/api/v1/blocklist/items/" + itemId, analyst.token())
                        .json()
                        .get("entryBeingPrepared")
                        .asBoolean());
    }
}
