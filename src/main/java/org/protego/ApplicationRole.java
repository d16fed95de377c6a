package org.protego;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The role Protego connects to its embedded PostgreSQL as: it logs in with its password and owns the schema its
 * tables live in, and nothing more, so that a flaw in the application does not hand out the superuser's powers.
 */
final class ApplicationRole {

    static final String NAME = "protego";

    // Tables stay in database postgres, schema public, where earlier versions created them, so that their data
    // directories keep working. The audit schema holds the audit table, which the role may only read and append to.
    private static final String ROLE = """
            do $$
            begin
                if not exists (select from pg_roles where rolname = 'protego') then
                    create role protego login;
                end if;
            end
            $$;
            alter role protego with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
            alter role protego set search_path = public, audit;
            """;

    // Data directories of earlier versions have everything owned by the superuser, who ran the migrations. Indexes
    // and the sequences of serial columns follow their tables; members of extensions stay with the extension.
    private static final String OWNERSHIP = """
            alter schema public owner to protego;
            do $$
            declare
                statement text;
            begin
                for statement in
                    select format('alter %s public.%I owner to protego',
                                  case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                                 when 'S' then 'sequence' else 'table' end,
                                  c.relname)
                    from pg_class c
                    where c.relnamespace = 'public'::regnamespace
                      and c.relkind in ('r', 'p', 'v', 'm', 'S')
                      and c.relowner <> 'protego'::regrole
                      and not exists (select from pg_depend d
                                      where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                        and (d.deptype = 'e' or c.relkind = 'S' and d.deptype in ('a', 'i')
                                                                and d.refclassid = 'pg_class'::regclass))
                    union all
                    select format('alter routine public.%I(%s) owner to protego',
                                  p.proname, pg_get_function_identity_arguments(p.oid))
                    from pg_proc p
                    where p.pronamespace = 'public'::regnamespace
                      and p.proowner <> 'protego'::regrole
                      and not exists (select from pg_depend d
                                      where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
                    union all
                    select format('alter %s public.%I owner to protego',
                                  case t.typtype when 'd' then 'domain' else 'type' end, t.typname)
                    from pg_type t
                    where t.typnamespace = 'public'::regnamespace
                      and t.typowner <> 'protego'::regrole
                      and t.typtype in ('c', 'd', 'e', 'r')
                      and (t.typtype <> 'c'
                           or exists (select from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
                      and not exists (select from pg_depend d
                                      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
                loop
                    execute statement;
                end loop;
            end
            $$;
            """;

    private ApplicationRole() {}

    /**
     * Creates the role or brings it back to its limits, sets its password from the data directory and hands it the
     * schema {@code public} with everything in it; runs as the superuser at every start.
     */
    static void setUp(DataSource superuser, String password) throws SQLException {
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(ROLE);
            // Sent as a SCRAM verifier computed here, so that the password never reaches the server or its log.
            connection.unwrap(PGConnection.class).alterUserPassword(NAME, password.toCharArray(), "scram-sha-256");
            statement.execute(OWNERSHIP);
            connection.commit();
        }
    }
}
