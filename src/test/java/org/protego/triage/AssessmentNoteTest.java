package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An analyst's note may describe a child: it is stored encrypted, shown only to its organisation, and reads are audited. */
@ProtegoTest
class AssessmentNoteTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser analyst;
    String item;
    String note;

    @BeforeEach
    void assessedWithANote() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/noted"));
        note = "Girl of about ten, named Amira " + UUID.randomUUID();
        var saved = api.postJson(
                "/api/v1/url-items/" + item + "/assessment",
                analyst.token(),
                Map.of("outcome", "not_illegal", "note", note));
        assertThat(saved.status()).isEqualTo(201);
    }

    @Test
    void theNoteIsStoredEncryptedNeverInPlainText() {
        String stored = jdbc.sql("select note_encrypted from triage_assessment where url_item_id = :item")
                .param("item", UUID.fromString(item))
                .query(String.class)
                .single();

        assertThat(stored).startsWith("v2:").doesNotContain("Amira");
    }

    @Test
    void theAnalystsOrganisationReadsTheNoteAndTheReadIsAudited() {
        var read = api.get("/api/v1/url-items/" + item, analyst.token());

        assertThat(read.json().get("currentAssessment").get("note").asString()).isEqualTo(note);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'url-item.notes-read' and subject_id = :item")
                        .param("item", item)
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void anotherOrganisationsAnalystCannotReadTheNote() {
        var outsider = api.createUser("other-" + UUID.randomUUID(), "ANALYST");

        var read = api.get("/api/v1/url-items/" + item, outsider.token());

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("Amira");
    }
}
