package org.protego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's database role can read and append to the audit table, and nothing else: it cannot switch off
 * the append-only triggers, change rows, or remove the table, because a role that cannot log in owns the table and
 * its schema.
 */
@ProtegoTest
class AuditTableGuardTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Value("${protego.data-dir}")
    String dataDir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "drop trigger audit_entry_append_only on audit_entry",
                "drop trigger audit_entry_no_truncate on audit_entry",
                "alter table audit_entry disable trigger audit_entry_append_only",
                "alter table audit_entry disable trigger all",
                "delete from audit_entry",
                "update audit_entry set actor = 'forged'",
                "truncate audit_entry",
                "drop table audit_entry",
                "alter table audit_entry rename to audit_entry_old",
                "alter table audit_entry set schema public",
                "drop function audit_refuse_change() cascade",
                "create or replace function audit.audit_refuse_change() returns trigger language plpgsql"
                        + " as 'begin return new; end'",
                "drop schema audit cascade",
                "set session_replication_role = replica",
            })
    void applicationRoleCannotGetPastTheAuditGuards(String statement) {
        // 42501, insufficient privilege: "permission denied" or "must be owner".
        assertThatThrownBy(() -> asApplicationRolledBack(statement))
                .rootCause()
                .isInstanceOf(SQLException.class)
                .extracting(refusal -> ((SQLException) refusal).getSQLState())
                .isEqualTo("42501");
    }

    @Test
    void applicationRoleReadsAndAppendsToTheAuditTable() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long last = jdbc.sql("select coalesce(max(sequence), 0) from audit_entry")
                    .query(Long.class)
                    .single();
            int appended = jdbc.sql("""
                            insert into audit_entry (sequence, recorded_at, actor, action, subject_type, subject_id,
                                                     detail, previous_hash, entry_hash)
                            values (:sequence, now(), 'test', 'test', 'test', 'test', '', '', '')""")
                    .paramSource(Map.of("sequence", last + 1_000_000))
                    .update();
            assertThat(appended).isEqualTo(1);
        });
    }

    @Test
    void auditTableBelongsToARoleThatCannotLogInInASchemaOfItsOwn() {
        var superuser = JdbcClient.create(DatabaseSuperuser.of(dataDir));
        String placeAndOwners = "select n.nspname || ' ' || c.relowner::regrole || ' ' || n.nspowner::regrole"
                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relname = 'audit_entry'";

        assertThat(superuser.sql(placeAndOwners).query(String.class).list())
                .containsExactly("audit protego_audit protego_audit");
        assertThat(superuser
                        .sql("select rolcanlogin from pg_roles where rolname = 'protego_audit'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(superuser
                        .sql("select proowner::regrole::text from pg_proc where proname = 'audit_refuse_change'")
                        .query(String.class)
                        .list())
                .containsExactly("protego_audit");
    }

    /** Rolled back whatever happens, so that a guard that failed does not also break the shared database. */
    private void asApplicationRolledBack(String statement) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql(statement).update();
        });
    }
}
