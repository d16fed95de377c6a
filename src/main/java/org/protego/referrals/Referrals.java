package org.protego.referrals;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referrals as stored: what identifies the child (the reason, the shared values) and the free texts encrypted and
 * bound to their row, and a timeline of every move.
 */
@Repository
class Referrals {

    static final String TABLE = "referrals_referral";
    static final FieldCipher.Column REASON = new FieldCipher.Column(TABLE, "reason_encrypted");
    static final FieldCipher.Column SHARED = new FieldCipher.Column(TABLE, "shared_encrypted");
    static final FieldCipher.Column DECLINE_NOTE = new FieldCipher.Column(TABLE, "decline_note_encrypted");
    static final FieldCipher.Column FEEDBACK = new FieldCipher.Column(TABLE, "provider_feedback_encrypted");
    static final FieldCipher.Column CANCEL_REASON = new FieldCipher.Column(TABLE, "cancel_reason_encrypted");

    /** The most a list shows; older referrals stay on their case's page. */
    static final int LIST_LIMIT = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {};

    /** One move of the timeline; {@code byUser} is null for the system (a case closed). */
    record Transition(String fromState, String toState, Instant at, UUID byUser, String reasonCode) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Referrals(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Referral referral) {
        Referral.Facts facts = referral.facts();
        UUID id = facts.id();
        jdbc.sql("""
                insert into referrals_referral (id, case_id, case_number, from_organisation_id, sent_by,
                    to_organisation_id, service_id, service_name, need, sector, urgency, reason_encrypted, shared_fields,
                    shared_encrypted, state, sent_at, due_at, sex, age_band, version)
                values (:id, :case, :caseNumber, :from, :sentBy, :to, :service, :serviceName, :need, :sector, :urgency,
                    :reason, :sharedFields, :shared, :state, :sentAt, :dueAt, :sex, :ageBand, 0)""")
                .param("id", id)
                .param("case", facts.caseId())
                .param("caseNumber", facts.caseNumber())
                .param("from", facts.fromOrganisationId())
                .param("sentBy", facts.sentBy())
                .param("to", facts.toOrganisationId())
                .param("service", facts.serviceId())
                .param("serviceName", facts.serviceName())
                .param("need", facts.need())
                .param("sector", facts.sector())
                .param("urgency", facts.urgency().code())
                .param("reason", cipher.encrypt(referral.confidential().reason(), REASON.row(id)))
                .param("sharedFields", facts.sharedFields().toArray(String[]::new))
                .param("shared", cipher.encrypt(json(referral.confidential().shared()), SHARED.row(id)))
                .param("state", referral.state().code())
                .param("sentAt", Timestamps.offset(referral.steps().sentAt()))
                .param("dueAt", Timestamps.offset(referral.due().dueAt()))
                .param("sex", facts.sex())
                .param("ageBand", facts.ageBand())
                .update();
    }

    /**
     * Saves a moved referral over the version it was read at, and answers it with its new version; a referral that
     * changed meanwhile is refused.
     */
    Referral update(Referral referral) {
        UUID id = referral.id();
        Referral.Steps steps = referral.steps();
        int updated = jdbc.sql("""
                update referrals_referral set state = :state, reason_encrypted = :reason, shared_encrypted = :shared,
                    accepted_at = :acceptedAt, declined_at = :declinedAt, decline_reason = :declineReason,
                    decline_note_encrypted = :declineNote, started_at = :startedAt, completed_at = :completedAt,
                    provider_feedback_encrypted = :feedback, cancelled_at = :cancelledAt,
                    cancel_reason_encrypted = :cancelReason, due_at = :dueAt, reminded_at = :remindedAt,
                    escalated_at = :escalatedAt, version = version + 1
                where id = :id and version = :version""")
                .param("id", id)
                .param("version", referral.version())
                .param("state", referral.state().code())
                .param("reason", cipher.encrypt(referral.confidential().reason(), REASON.row(id)))
                .param("shared", cipher.encrypt(json(referral.confidential().shared()), SHARED.row(id)))
                .param("acceptedAt", Timestamps.offset(steps.acceptedAt()))
                .param("declinedAt", Timestamps.offset(steps.declinedAt()))
                .param(
                        "declineReason",
                        steps.declineReason() == null
                                ? null
                                : steps.declineReason().code())
                .param("declineNote", cipher.encrypt(steps.declineNote(), DECLINE_NOTE.row(id)))
                .param("startedAt", Timestamps.offset(steps.startedAt()))
                .param("completedAt", Timestamps.offset(steps.completedAt()))
                .param("feedback", cipher.encrypt(steps.providerFeedback(), FEEDBACK.row(id)))
                .param("cancelledAt", Timestamps.offset(steps.cancelledAt()))
                .param("cancelReason", cipher.encrypt(steps.cancelReason(), CANCEL_REASON.row(id)))
                .param("dueAt", Timestamps.offset(referral.due().dueAt()))
                .param("remindedAt", Timestamps.offset(referral.due().remindedAt()))
                .param("escalatedAt", Timestamps.offset(referral.due().escalatedAt()))
                .update();
        if (updated != 1) {
            throw new ConflictException(ReferralError.CHANGED_MEANWHILE);
        }
        return new Referral(
                referral.facts(),
                referral.confidential(),
                referral.state(),
                referral.steps(),
                referral.due(),
                referral.version() + 1);
    }

    void recordTransition(UUID referralId, ReferralState from, ReferralState to, Instant at, UUID by, String reason) {
        jdbc.sql("""
                insert into referrals_transition (referral_id, from_state, to_state, at, by_user, reason_code)
                values (:referral, :from, :to, :at, :by, :reason)""")
                .param("referral", referralId)
                .param("from", from == null ? null : from.code())
                .param("to", to.code())
                .param("at", Timestamps.offset(at))
                .param("by", by)
                .param("reason", reason)
                .update();
    }

    List<Transition> timelineOf(UUID referralId) {
        return jdbc.sql("""
                        select from_state, to_state, at, by_user, reason_code from referrals_transition
                        where referral_id = :id order by at, to_state""")
                .param("id", referralId)
                .query((rs, row) -> new Transition(
                        rs.getString(1),
                        rs.getString(2),
                        Timestamps.instant(rs, 3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5)))
                .list();
    }

    Optional<Referral> byId(UUID id) {
        return jdbc.sql("select * from referrals_referral where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The referral, locked until the transaction ends, so that two moves of it happen one after the other. */
    Optional<Referral> lockedById(UUID id) {
        return jdbc.sql("select * from referrals_referral where id = :id for update")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<Referral> ofCase(UUID caseId) {
        return jdbc.sql("select * from referrals_referral where case_id = :case order by sent_at desc")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    /** The ids of the case's referrals that are still open. */
    List<UUID> openOfCase(UUID caseId) {
        return jdbc.sql("""
                        select id from referrals_referral
                        where case_id = :case and state in ('sent', 'accepted', 'started')""").param("case", caseId).query(UUID.class).list();
    }

    /** Referrals sent to an organisation, newest first, in one state if it is given. */
    List<Referral> incoming(UUID organisationId, ReferralState state) {
        return listed("to_organisation_id", organisationId, state);
    }

    /** Referrals sent by an organisation, newest first, in one state if it is given. */
    List<Referral> outgoing(UUID organisationId, ReferralState state) {
        return listed("from_organisation_id", organisationId, state);
    }

    private List<Referral> listed(String side, UUID organisationId, ReferralState state) {
        return jdbc.sql("select * from referrals_referral where " + side + " = :org"
                        + (state == null ? "" : " and state = :state") + " order by sent_at desc limit :limit")
                .param("org", organisationId)
                .params(state == null ? Map.of() : Map.of("state", state.code()))
                .param("limit", LIST_LIMIT)
                .query(this::map)
                .list();
    }

    /** Open referrals whose step was due before now and whose reminder or escalation has not gone out. */
    List<UUID> overdueWithoutEscalation(Instant now) {
        return jdbc.sql("""
                        select id from referrals_referral
                        where state in ('sent', 'accepted', 'started') and due_at < :now and escalated_at is null
                        order by due_at""")
                .param("now", Timestamps.offset(now))
                .query(UUID.class)
                .list();
    }

    /** An organisation's open referrals that escalated: each one's case and since when its step was due. */
    List<Map.Entry<UUID, Instant>> escalatedFrom(UUID organisationId) {
        return jdbc.sql("""
                        select case_id, due_at from referrals_referral
                        where from_organisation_id = :org and state in ('sent', 'accepted', 'started')
                            and escalated_at is not null""")
                .param("org", organisationId)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), Timestamps.instant(rs, 2)))
                .list();
    }

    /** Referrals waiting for an organisation: sent and not answered, or with a step overdue. */
    long waitingFor(UUID organisationId, Instant now) {
        return jdbc.sql("""
                        select count(*) from referrals_referral
                        where to_organisation_id = :org
                            and (state = 'sent' or (state in ('accepted', 'started') and due_at < :now))""")
                .param("org", organisationId)
                .param("now", Timestamps.offset(now))
                .query(Long.class)
                .single();
    }

    private Referral map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String declineReason = rs.getString("decline_reason");
        Referral.Facts facts = new Referral.Facts(
                id,
                rs.getObject("case_id", UUID.class),
                rs.getString("case_number"),
                rs.getObject("from_organisation_id", UUID.class),
                rs.getObject("sent_by", UUID.class),
                rs.getObject("to_organisation_id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getString("service_name"),
                rs.getString("need"),
                rs.getString("sector"),
                Urgency.fromCode(rs.getString("urgency")).orElseThrow(),
                texts(rs.getArray("shared_fields")),
                rs.getString("sex"),
                rs.getString("age_band"));
        return new Referral(
                facts,
                new Referral.Confidential(
                        cipher.decrypt(rs.getString("reason_encrypted"), REASON.row(id)),
                        values(cipher.decrypt(rs.getString("shared_encrypted"), SHARED.row(id)))),
                ReferralState.fromCode(rs.getString("state")).orElseThrow(),
                new Referral.Steps(
                        Timestamps.instant(rs, "sent_at"),
                        Timestamps.nullableInstant(rs, "accepted_at"),
                        Timestamps.nullableInstant(rs, "declined_at"),
                        declineReason == null
                                ? null
                                : DeclineReason.fromCode(declineReason).orElseThrow(),
                        cipher.decrypt(rs.getString("decline_note_encrypted"), DECLINE_NOTE.row(id)),
                        Timestamps.nullableInstant(rs, "started_at"),
                        Timestamps.nullableInstant(rs, "completed_at"),
                        cipher.decrypt(rs.getString("provider_feedback_encrypted"), FEEDBACK.row(id)),
                        Timestamps.nullableInstant(rs, "cancelled_at"),
                        cipher.decrypt(rs.getString("cancel_reason_encrypted"), CANCEL_REASON.row(id))),
                new Referral.Due(
                        Timestamps.nullableInstant(rs, "due_at"),
                        Timestamps.nullableInstant(rs, "reminded_at"),
                        Timestamps.nullableInstant(rs, "escalated_at")),
                rs.getLong("version"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String json(Map<String, Object> values) {
        return values == null ? null : JSON.writeValueAsString(values);
    }

    private static Map<String, Object> values(String json) {
        return json == null ? null : JSON.readValue(json, VALUES);
    }
}
