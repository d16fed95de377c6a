package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The migrations that give existing shared records an owner: the hotline organisation, else the oldest one; and a
 * partner marked as recipient only where it is the only one of its organisation, country and kind, never by age.
 * Each runs its statements on temporary tables that hide the real ones inside a transaction that is rolled back.
 */
@ProtegoTest
class OwnershipMigrationTest {

    @Autowired
    DataSource dataSource;

    static List<String> statementsOf(String migration, String hotlineName) {
        try {
            String sql = new ClassPathResource("db/migration/" + migration)
                    .getContentAsString(StandardCharsets.UTF_8)
                    .replace("${hotline-organisation}", hotlineName);
            return Arrays.stream(sql.split(";\\s*\\n"))
                    .map(statement -> statement.replaceAll("(?m)^--.*$", "").strip())
                    .filter(statement -> !statement.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void inRolledBackTransaction(Consumer<JdbcClient> work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.accept(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    static void hide(JdbcClient session, String table) {
        session.sql("create temporary table " + table + " (like " + table + " including defaults) on commit drop")
                .update();
    }

    static UUID organisation(JdbcClient session, String name, Instant created) {
        UUID id = UUID.randomUUID();
        session.sql("insert into identity_organisation (id, name, created_at) values (:id, :name, :at)")
                .param("id", id)
                .param("name", name)
                .param("at", Timestamp.from(created))
                .update();
        return id;
    }

    /** The name of the organisation V30 gives a list stored before it, with or without one named as the hotline. */
    String ownerOfAListStoredBeforeV30(String hotlineSetting) throws Exception {
        String[] owner = new String[1];
        inRolledBackTransaction(session -> {
            hide(session, "identity_organisation");
            hide(session, "hashes_list");
            hide(session, "hashes_series");
            session.sql("alter table pg_temp.hashes_list drop column organisation_id")
                    .update();
            session.sql("alter table pg_temp.hashes_series add column name text unique,"
                            + " drop column organisation_id, drop column name_index, drop column name_encrypted")
                    .update();
            organisation(session, "oldest", Instant.parse("2020-01-01T00:00:00Z"));
            organisation(session, "the hotline", Instant.parse("2024-01-01T00:00:00Z"));
            session.sql("insert into hashes_list (id, name, created_at) values (:id, 'national', now())")
                    .param("id", UUID.randomUUID())
                    .update();

            statementsOf("V30__hashes_lists_and_series_have_owners.sql", hotlineSetting)
                    .forEach(statement -> session.sql(statement).update());

            owner[0] = session.sql("""
                    select o.name from hashes_list l join identity_organisation o on o.id = l.organisation_id""").query(String.class).single();
        });
        return owner[0];
    }

    @Test
    void existingListsGoToTheHotlineOrganisation() throws Exception {
        assertThat(ownerOfAListStoredBeforeV30("the hotline")).isEqualTo("the hotline");
    }

    @Test
    void existingListsGoToTheOldestOrganisationWhenNoneHasTheHotlinesName() throws Exception {
        assertThat(ownerOfAListStoredBeforeV30("renamed")).isEqualTo("oldest");
    }

    @Test
    void aPartnerIsMarkedAsRecipientOnlyWhereItIsTheOnlyOneOfItsOrganisationCountryAndKind() throws Exception {
        inRolledBackTransaction(session -> {
            hide(session, "identity_organisation");
            hide(session, "takedown_provider");
            hide(session, "takedown_partner");
            session.sql("alter table pg_temp.takedown_provider drop column organisation_id")
                    .update();
            session.sql("alter table pg_temp.takedown_partner drop column organisation_id,"
                            + " drop column recipient_for_country")
                    .update();
            UUID hotline = organisation(session, "hotline", Instant.parse("2024-01-01T00:00:00Z"));
            String alone = partner(session, "PARTNER_HOTLINE", "AA", "2020-01-01T00:00:00Z");
            String aloneOfItsKind = partner(session, "LAW_ENFORCEMENT", "BB", "2020-01-01T00:00:00Z");
            String olderOfTwo = partner(session, "PARTNER_HOTLINE", "BB", "2020-01-01T00:00:00Z");
            String newerOfTwo = partner(session, "PARTNER_HOTLINE", "BB", "2023-01-01T00:00:00Z");

            statementsOf("V33__takedown_directory_has_owners_and_recipients.sql", "hotline")
                    .forEach(statement -> session.sql(statement).update());

            var marked = session.sql("select id::text from takedown_partner where recipient_for_country")
                    .query(String.class)
                    .list();
            assertThat(marked).containsExactlyInAnyOrder(alone, aloneOfItsKind).doesNotContain(olderOfTwo, newerOfTwo);
            assertThat(session.sql("select distinct organisation_id from takedown_partner")
                            .query(UUID.class)
                            .list())
                    .containsExactly(hotline);
        });
    }

    static String partner(JdbcClient session, String kind, String country, String created) {
        UUID id = UUID.randomUUID();
        session.sql("""
                insert into takedown_partner (id, kind, name, contact, country, language, created_at)
                values (:id, :kind, 'partner', 'contact', :country, 'en', :at)""")
                .param("id", id)
                .param("kind", kind)
                .param("country", country)
                .param("at", Timestamp.from(Instant.parse(created)))
                .update();
        return id.toString();
    }
}
