package org.protego;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Hands the audit table to a role that cannot log in, after every migration of the embedded database. The
 * append-only triggers would mean little if the application's role could drop or disable them, and only a table's
 * owner can; the owner of a schema can drop any table in it, so the table leaves the application's schema too. The
 * application's role keeps only what the audit trail needs: reading and appending.
 *
 * <p>Migrations run first, as the application's role, which still owns the audit table in a new or upgraded data
 * directory; a later migration that changes a table already moved needs this step reversed by the superuser (see
 * docs/ARCHITECTURE.md).
 */
final class AuditSchema extends BaseCallback {

    // Every step checks first, so that a start finding everything in place takes no lock on the table, which other
    // Spring contexts sharing the server may be writing to.
    private static final String HAND_OVER = """
            do $$
            begin
                if not exists (select from pg_roles where rolname = 'protego_audit') then
                    create role protego_audit nologin;
                end if;
                alter role protego_audit with nologin nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
                if not exists (select from pg_namespace where nspname = 'audit') then
                    create schema audit authorization protego_audit;
                end if;
                if (select nspowner from pg_namespace where nspname = 'audit') <> 'protego_audit'::regrole then
                    alter schema audit owner to protego_audit;
                end if;
                if to_regclass('public.audit_entry') is not null then
                    alter table public.audit_entry set schema audit;
                end if;
                if to_regprocedure('public.audit_refuse_change()') is not null then
                    alter function public.audit_refuse_change() set schema audit;
                end if;
                if (select relowner from pg_class where oid = 'audit.audit_entry'::regclass)
                        <> 'protego_audit'::regrole then
                    alter table audit.audit_entry owner to protego_audit;
                end if;
                if (select proowner from pg_proc where oid = 'audit.audit_refuse_change()'::regprocedure)
                        <> 'protego_audit'::regrole then
                    alter function audit.audit_refuse_change() owner to protego_audit;
                end if;
            end
            $$;
            revoke all on schema audit from public, protego;
            grant usage on schema audit to protego;
            revoke all on table audit.audit_entry from public, protego;
            grant select, insert on table audit.audit_entry to protego;
            """;

    private final Supplier<DataSource> superuser;

    AuditSchema(Supplier<DataSource> superuser) {
        this.superuser = superuser;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    // The hand-over runs on its own superuser connection, not on Flyway's.
    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Connection connection = superuser.get().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(HAND_OVER);
            connection.commit();
        } catch (SQLException e) {
            throw new FlywayException("Could not hand the audit table over to protego_audit", e);
        }
    }
}
