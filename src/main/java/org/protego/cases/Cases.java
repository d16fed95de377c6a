package org.protego.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Cases as stored: the child's identifying record encrypted and bound to its row, the rest in the clear. */
@Repository
class Cases {

    static final FieldCipher.Column CHILD = new FieldCipher.Column("case_file", "child_encrypted");
    static final FieldCipher.Column GUARDIAN = new FieldCipher.Column("case_file", "guardian_encrypted");
    static final FieldCipher.Column CHANGE_BEFORE = new FieldCipher.Column("case_change", "before_encrypted");
    static final FieldCipher.Column CHANGE_AFTER = new FieldCipher.Column("case_change", "after_encrypted");

    /** A stable format of its own, so that what is stored does not follow the web API's JSON settings. */
    private static final JsonMapper SEALED = JsonMapper.builder().build();

    /** The encrypted part of a case. */
    record Sealed(ChildRecord child, String protectionNeeds) {}

    /** Who the guardian is, encrypted; when they were appointed is kept in the clear for the clock. */
    record SealedGuardian(String name, String organisation) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Cases(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A number people can read out on the phone, unique and in order of registration: C-2026-000042. */
    String nextCaseNumber(int year) {
        long next = jdbc.sql("select nextval('case_number_sequence')")
                .query(Long.class)
                .single();
        return caseNumber(year, next);
    }

    static String caseNumber(int year, long number) {
        return "C-%d-%06d".formatted(year, number);
    }

    void insert(ChildCase childCase, String dateOfBirthIndex) {
        CaseDetails details = childCase.details();
        jdbc.sql("""
                insert into case_file (id, organisation_id, case_number, version, state, origin, report_reference,
                    assigned_to, team, registered_at, updated_at, sex, age_band, nationality, forms_of_exploitation,
                    unaccompanied, separated, trafficked, displaced, risk_level, child_encrypted, date_of_birth_index)
                values (:id, :organisation, :number, :version, :state, :origin, :report, :assignedTo, :team,
                    :registeredAt, :updatedAt, :sex, :ageBand, :nationality, :forms, :unaccompanied, :separated,
                    :trafficked, :displaced, :risk, :child, :dobIndex)""")
                .param("id", childCase.id())
                .param("organisation", childCase.organisationId())
                .param("number", childCase.caseNumber())
                .param("version", childCase.version())
                .param("state", childCase.state().name())
                .param("origin", childCase.origin().name())
                .param("report", childCase.reportReference())
                .param("assignedTo", childCase.assignedTo())
                .param("team", childCase.team())
                .param("registeredAt", Timestamps.offset(childCase.registeredAt()))
                .param("updatedAt", Timestamps.offset(childCase.updatedAt()))
                .param("sex", details.child().sex())
                .param("ageBand", childCase.ageBand().label())
                .param("nationality", details.child().nationality())
                .param("forms", details.formsOfExploitation().toArray(String[]::new))
                .param("unaccompanied", details.unaccompanied())
                .param("separated", details.separated())
                .param("trafficked", details.trafficked())
                .param("displaced", details.displaced())
                .param("risk", details.riskLevel())
                .param("child", seal(childCase.id(), details))
                .param("dobIndex", dateOfBirthIndex)
                .update();
    }

    Optional<ChildCase> byId(UUID id) {
        return jdbc.sql("select * from case_file where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    Optional<ChildCase> byNumber(String caseNumber) {
        return jdbc.sql("select * from case_file where case_number = :number")
                .param("number", caseNumber)
                .query(this::map)
                .optional();
    }

    /** The case's current version, locked until the transaction ends so that two writes cannot both pass a check. */
    Optional<Long> lockedVersion(UUID id) {
        return jdbc.sql("select version from case_file where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    void updateDetails(
            UUID id, long version, CaseDetails details, AgeBand ageBand, String dateOfBirthIndex, Instant now) {
        jdbc.sql("""
                update case_file set version = :version, updated_at = :now, sex = :sex, age_band = :ageBand,
                    nationality = :nationality, forms_of_exploitation = :forms, unaccompanied = :unaccompanied,
                    separated = :separated, trafficked = :trafficked, displaced = :displaced, risk_level = :risk,
                    child_encrypted = :child, date_of_birth_index = :dobIndex
                where id = :id""")
                .param("id", id)
                .param("version", version)
                .param("now", Timestamps.offset(now))
                .param("sex", details.child().sex())
                .param("ageBand", ageBand.label())
                .param("nationality", details.child().nationality())
                .param("forms", details.formsOfExploitation().toArray(String[]::new))
                .param("unaccompanied", details.unaccompanied())
                .param("separated", details.separated())
                .param("trafficked", details.trafficked())
                .param("displaced", details.displaced())
                .param("risk", details.riskLevel())
                .param("child", seal(id, details))
                .param("dobIndex", dateOfBirthIndex)
                .update();
    }

    void setVersion(UUID id, long version, Instant now) {
        jdbc.sql("update case_file set version = :version, updated_at = :now where id = :id")
                .param("id", id)
                .param("version", version)
                .param("now", Timestamps.offset(now))
                .update();
    }

    void setGuardian(UUID id, Guardian guardian) {
        jdbc.sql("update case_file set guardian_encrypted = :guardian, guardian_appointed_at = :at where id = :id")
                .param("id", id)
                .param("guardian", sealGuardian(id, guardian))
                .param("at", Timestamps.offset(guardian.appointedAt()))
                .update();
    }

    String sealGuardian(UUID caseId, Guardian guardian) {
        return cipher.encrypt(
                SEALED.writeValueAsString(new SealedGuardian(guardian.name(), guardian.organisation())),
                GUARDIAN.row(caseId));
    }

    void setState(UUID id, CaseState state) {
        jdbc.sql("update case_file set state = :state where id = :id")
                .param("id", id)
                .param("state", state.name())
                .update();
    }

    void insertChanges(UUID caseId, long version, String actor, Instant at, List<FieldChange> changes) {
        for (FieldChange change : changes) {
            String row = caseId + ":" + version + ":" + change.field();
            jdbc.sql("""
                    insert into case_change (case_id, version, field, changed_by, changed_at, before_encrypted,
                        after_encrypted)
                    values (:case, :version, :field, :actor, :at, :before, :after)""")
                    .param("case", caseId)
                    .param("version", version)
                    .param("field", change.field())
                    .param("actor", actor)
                    .param("at", Timestamps.offset(at))
                    .param("before", cipher.encrypt(change.before(), CHANGE_BEFORE.row(row)))
                    .param("after", cipher.encrypt(change.after(), CHANGE_AFTER.row(row)))
                    .update();
        }
    }

    /** What changed after a version: fields, who and when, without values. */
    List<CaseChange> changesAfter(UUID caseId, long version) {
        return jdbc.sql("""
                select version, field, changed_by, changed_at from case_change
                where case_id = :case and version > :version order by version, field""")
                .param("case", caseId)
                .param("version", version)
                .query((rs, n) -> new CaseChange(
                        rs.getLong("version"),
                        rs.getString("field"),
                        rs.getString("changed_by"),
                        Timestamps.instant(rs, "changed_at"),
                        null,
                        null))
                .list();
    }

    /** The whole history with values, newest first. */
    List<CaseChange> history(UUID caseId) {
        return jdbc.sql("""
                select version, field, changed_by, changed_at, before_encrypted, after_encrypted from case_change
                where case_id = :case order by version desc, field""")
                .param("case", caseId)
                .query((rs, n) -> {
                    String row = caseId + ":" + rs.getLong("version") + ":" + rs.getString("field");
                    return new CaseChange(
                            rs.getLong("version"),
                            rs.getString("field"),
                            rs.getString("changed_by"),
                            Timestamps.instant(rs, "changed_at"),
                            cipher.decrypt(rs.getString("before_encrypted"), CHANGE_BEFORE.row(row)),
                            cipher.decrypt(rs.getString("after_encrypted"), CHANGE_AFTER.row(row)));
                })
                .list();
    }

    /** A page of the cases within a scope, most recently changed first; anonymised cases are not listed. */
    List<ChildCase> caseload(CaseScope scope, int limit, int offset) {
        return jdbc.sql("select * from case_file where " + scope.condition()
                        + " and state <> 'ANONYMISED' order by updated_at desc, id limit :limit offset :offset")
                .params(scope.parameters())
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    /** The cases among these ids, in no particular order. */
    List<ChildCase> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from case_file where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(this::map)
                .list();
    }

    /** The cases within a scope with a date of birth whose blind index is this one. */
    List<ChildCase> byDateOfBirthIndex(CaseScope scope, String dateOfBirthIndex, int limit) {
        return jdbc.sql(
                        "select * from case_file where " + scope.condition()
                                + " and date_of_birth_index = :dob and state <> 'ANONYMISED' order by updated_at desc limit :limit")
                .params(scope.parameters())
                .param("dob", dateOfBirthIndex)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    String seal(UUID caseId, CaseDetails details) {
        return cipher.encrypt(
                SEALED.writeValueAsString(new Sealed(details.child(), details.protectionNeeds())), CHILD.row(caseId));
    }

    private ChildCase map(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Sealed sealed = SEALED.readValue(cipher.decrypt(rs.getString("child_encrypted"), CHILD.row(id)), Sealed.class);
        CaseDetails details = new CaseDetails(
                sealed.child(),
                formsOf(rs.getArray("forms_of_exploitation")),
                rs.getBoolean("unaccompanied"),
                rs.getBoolean("separated"),
                rs.getBoolean("trafficked"),
                rs.getBoolean("displaced"),
                rs.getString("risk_level"),
                sealed.protectionNeeds());
        return new ChildCase(
                id,
                rs.getObject("organisation_id", UUID.class),
                rs.getString("case_number"),
                rs.getLong("version"),
                CaseState.valueOf(rs.getString("state")),
                CaseOrigin.valueOf(rs.getString("origin")),
                rs.getString("report_reference"),
                rs.getObject("assigned_to", UUID.class),
                rs.getString("team"),
                Timestamps.instant(rs, "registered_at"),
                Timestamps.instant(rs, "updated_at"),
                details,
                guardianOf(id, rs));
    }

    private Guardian guardianOf(UUID id, ResultSet rs) throws SQLException {
        String sealed = rs.getString("guardian_encrypted");
        if (sealed == null) {
            return null;
        }
        SealedGuardian guardian = SEALED.readValue(cipher.decrypt(sealed, GUARDIAN.row(id)), SealedGuardian.class);
        return new Guardian(guardian.name(), guardian.organisation(), Timestamps.instant(rs, "guardian_appointed_at"));
    }

    private static List<String> formsOf(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
