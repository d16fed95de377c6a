package org.protego.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consents and overrides as stored: every row kept, the recipient and the override's reason encrypted. */
@Repository
class Consents {

    static final FieldCipher.Column RECIPIENT = new FieldCipher.Column("case_consent", "recipient_encrypted");
    static final FieldCipher.Column OVERRIDE_RECIPIENT =
            new FieldCipher.Column("case_consent_override", "recipient_encrypted");
    static final FieldCipher.Column OVERRIDE_REASON =
            new FieldCipher.Column("case_consent_override", "reason_encrypted");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Consents(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Consent consent) {
        jdbc.sql("""
                insert into case_consent (id, case_id, purpose, given_by, recipient_encrypted, given_at, expires_on,
                    recorded_by)
                values (:id, :case, :purpose, :givenBy, :recipient, :givenAt, :expiresOn, :recordedBy)""")
                .param("id", consent.id())
                .param("case", consent.caseId())
                .param("purpose", consent.purpose().name())
                .param("givenBy", consent.givenBy().name())
                .param("recipient", cipher.encrypt(consent.recipientOrganisation(), RECIPIENT.row(consent.id())))
                .param("givenAt", Timestamps.offset(consent.givenAt()))
                .param("expiresOn", consent.expiresOn())
                .param("recordedBy", consent.recordedBy())
                .update();
    }

    /** Records a withdrawal, once: a consent already withdrawn keeps its first withdrawal. */
    boolean withdraw(UUID consentId, Instant at, String by) {
        return jdbc.sql("""
                update case_consent set withdrawn_at = :at, withdrawn_by = :by
                where id = :id and withdrawn_at is null""")
                        .param("id", consentId)
                        .param("at", Timestamps.offset(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    Optional<Consent> byId(UUID caseId, UUID consentId) {
        return jdbc.sql("select * from case_consent where id = :id and case_id = :case")
                .param("id", consentId)
                .param("case", caseId)
                .query(this::consent)
                .optional();
    }

    /** Every consent of a case, newest first. */
    List<Consent> ofCase(UUID caseId) {
        return jdbc.sql("select * from case_consent where case_id = :case order by given_at desc, id")
                .param("case", caseId)
                .query(this::consent)
                .list();
    }

    void insertOverride(ConsentOverride override) {
        jdbc.sql("""
                insert into case_consent_override (id, case_id, purpose, recipient_encrypted, reason_encrypted,
                    overridden_by, overridden_at)
                values (:id, :case, :purpose, :recipient, :reason, :by, :at)""")
                .param("id", override.id())
                .param("case", override.caseId())
                .param("purpose", override.purpose().name())
                .param(
                        "recipient",
                        cipher.encrypt(override.recipientOrganisation(), OVERRIDE_RECIPIENT.row(override.id())))
                .param("reason", cipher.encrypt(override.reason(), OVERRIDE_REASON.row(override.id())))
                .param("by", override.overriddenBy())
                .param("at", Timestamps.offset(override.overriddenAt()))
                .update();
    }

    /** Every override of a case, newest first. */
    List<ConsentOverride> overridesOf(UUID caseId) {
        return jdbc.sql("select * from case_consent_override where case_id = :case order by overridden_at desc, id")
                .param("case", caseId)
                .query(this::override)
                .list();
    }

    private Consent consent(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Consent(
                id,
                rs.getObject("case_id", UUID.class),
                ConsentPurpose.valueOf(rs.getString("purpose")),
                ConsentGiver.valueOf(rs.getString("given_by")),
                cipher.decrypt(rs.getString("recipient_encrypted"), RECIPIENT.row(id)),
                Timestamps.instant(rs, "given_at"),
                rs.getObject("expires_on", java.time.LocalDate.class),
                rs.getString("recorded_by"),
                Timestamps.nullableInstant(rs, "withdrawn_at"),
                rs.getString("withdrawn_by"));
    }

    private ConsentOverride override(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new ConsentOverride(
                id,
                rs.getObject("case_id", UUID.class),
                ConsentPurpose.valueOf(rs.getString("purpose")),
                cipher.decrypt(rs.getString("recipient_encrypted"), OVERRIDE_RECIPIENT.row(id)),
                cipher.decrypt(rs.getString("reason_encrypted"), OVERRIDE_REASON.row(id)),
                rs.getString("overridden_by"),
                Timestamps.instant(rs, "overridden_at"));
    }
}
