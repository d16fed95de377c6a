package org.protego.cases;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes many cases and their name keys with PostgreSQL's COPY, in the caller's transaction: the same rows as
 * {@link Cases#insert} and {@link CaseNames#index} write one statement at a time, encrypted and keyed the same way.
 */
@Repository
class BulkCases {

    /** A case to write with the blind index of its date of birth, null when only an age is known. */
    record Row(ChildCase childCase, String dateOfBirthIndex) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Cases cases;
    private final CaseNames names;

    BulkCases(JdbcClient jdbc, DataSource dataSource, Cases cases, CaseNames names) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.cases = cases;
        this.names = names;
    }

    /** The next case numbers of the sequence {@link Cases#nextCaseNumber} draws from, in order. */
    List<Long> nextNumbers(int count) {
        return jdbc.sql("select nextval('case_number_sequence') from generate_series(1, :count)")
                .param("count", count)
                .query(Long.class)
                .list();
    }

    void insert(List<Row> rows) {
        StringBuilder caseFile = new StringBuilder(rows.size() * 1024);
        StringBuilder nameKeys = new StringBuilder(rows.size() * 1024);
        // Names repeat, and so do their keys: one digest a key per call rather than one a key a case.
        Map<String, String> digests = new HashMap<>();
        for (Row row : rows) {
            ChildCase childCase = row.childCase();
            CaseDetails details = childCase.details();
            ChildRecord child = details.child();
            Guardian guardian = childCase.guardian();
            line(
                    caseFile,
                    childCase.id(),
                    childCase.organisationId(),
                    childCase.caseNumber(),
                    childCase.version(),
                    childCase.state().name(),
                    childCase.origin().name(),
                    childCase.reportReference(),
                    childCase.assignedTo(),
                    childCase.team(),
                    childCase.registeredAt(),
                    childCase.updatedAt(),
                    child.sex(),
                    childCase.ageBand().label(),
                    child.nationality(),
                    "{" + String.join(",", details.formsOfExploitation()) + "}",
                    details.unaccompanied(),
                    details.separated(),
                    details.trafficked(),
                    details.displaced(),
                    details.riskLevel(),
                    cases.seal(childCase.id(), details),
                    row.dateOfBirthIndex(),
                    guardian == null ? null : cases.sealGuardian(childCase.id(), guardian),
                    guardian == null ? null : guardian.appointedAt());
            NameKeys.of(child.givenName(), child.familyName(), child.otherNames()).stream()
                    .map(key -> digests.computeIfAbsent(key, names::digest))
                    .distinct()
                    .forEach(digest -> line(
                            nameKeys,
                            childCase.id(),
                            digest,
                            childCase.organisationId(),
                            childCase.team(),
                            childCase.assignedTo()));
        }
        copy("""
                copy case_file (id, organisation_id, case_number, version, state, origin, report_reference,
                    assigned_to, team, registered_at, updated_at, sex, age_band, nationality, forms_of_exploitation,
                    unaccompanied, separated, trafficked, displaced, risk_level, child_encrypted, date_of_birth_index,
                    guardian_encrypted, guardian_appointed_at) from stdin""", caseFile);
        copy("copy case_name_key (case_id, name_key, organisation_id, team, assigned_to) from stdin", nameKeys);
    }

    private void copy(String statement, CharSequence data) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(data.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not copy the cases in", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One row of COPY's text format: tab between values, \N for null, and the format's special characters escaped. */
    private static void line(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
                continue;
            }
            String text = value.toString();
            for (int c = 0; c < text.length(); c++) {
                char character = text.charAt(c);
                switch (character) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(character);
                }
            }
        }
        out.append('\n');
    }
}
