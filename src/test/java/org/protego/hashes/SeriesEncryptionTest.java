package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.MigrationContext;
import org.protego.ProtegoTest;
import org.protego.shared.FieldCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Series names can describe a victim: they are stored encrypted and found again through a keyed blind index. */
@ProtegoTest
class SeriesEncryptionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    FieldCipher cipher;

    Api api;

    long addWithSeries(Api.StaffUser analyst, String list, String series) {
        var added = api.postJson(
                "/api/v1/hashes/entries",
                analyst.token(),
                Map.of(
                        "list",
                        list,
                        "algorithm",
                        "pdq",
                        "value",
                        HashApiTest.randomPdq(new Random()),
                        "classification",
                        "csam_baseline",
                        "series",
                        series));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("entry").get("series").asString()).isEqualTo(series);
        return added.json().get("entry").get("id").asLong();
    }

    UUID seriesOf(long entry) {
        return jdbc.sql("select series_id from hashes_entry where id = :id")
                .param("id", entry)
                .query(UUID.class)
                .single();
    }

    @Test
    void aSeriesNameIsStoredOnlyEncryptedAndTheSameNameFindsTheSameSeries() {
        api = new Api(port);
        var analyst = api.createUser("series-" + UUID.randomUUID(), "ANALYST");
        String list = "series-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Victim " + UUID.randomUUID();

        long first = addWithSeries(analyst, list, name);
        long second = addWithSeries(analyst, list, name);

        assertThat(seriesOf(second)).isEqualTo(seriesOf(first));
        var stored = jdbc.sql("select * from hashes_series where id = :id")
                .param("id", seriesOf(first))
                .query()
                .singleRow();
        assertThat(stored).doesNotContainKey("name");
        assertThat(stored.values().toString()).doesNotContain(name);
        assertThat(stored.get("name_index")).isEqualTo(cipher.blindIndex("hash-series", name));
        assertThat(cipher.decrypt((String) stored.get("name_encrypted"), HashEntries.SERIES_NAME.row(seriesOf(first))))
                .isEqualTo(name);
    }

    @Test
    void theSameSeriesNameInAnotherOrganisationIsAnotherSeries() {
        api = new Api(port);
        var one = api.createUser("series-" + UUID.randomUUID(), "ANALYST");
        var another = api.createUser("series-" + UUID.randomUUID(), "ANALYST");
        String name = "Shared name " + UUID.randomUUID();

        long first = addWithSeries(one, "series-" + UUID.randomUUID().toString().substring(0, 8), name);
        long second =
                addWithSeries(another, "series-" + UUID.randomUUID().toString().substring(0, 8), name);

        assertThat(seriesOf(second)).isNotEqualTo(seriesOf(first));
    }

    @Test
    void theMigrationEncryptsSeriesNamesStoredInPlainText() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // A temporary table of the same name, in the shape before V32, hides the real one in this transaction.
                var session = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                session.sql(
                                "create temporary table hashes_series (like hashes_series including defaults) on commit drop")
                        .update();
                session.sql("alter table pg_temp.hashes_series add column name text,"
                                + " alter column name_index drop not null, alter column name_encrypted drop not null")
                        .update();
                var ids = List.of(UUID.randomUUID(), UUID.randomUUID());
                for (UUID id : ids) {
                    session.sql("""
                            insert into hashes_series (id, organisation_id, name, created_by, created_at)
                            values (:id, :org, :name, 'analyst', now())""")
                            .param("id", id)
                            .param("org", UUID.randomUUID())
                            .param("name", "plain name " + id)
                            .update();
                }

                new EncryptSeriesNames(cipher).migrate(MigrationContext.on(connection));

                for (UUID id : ids) {
                    var row = session.sql("select name, name_index, name_encrypted from hashes_series where id = :id")
                            .param("id", id)
                            .query()
                            .singleRow();
                    assertThat(row.get("name")).isNull();
                    assertThat(row.get("name_index")).isEqualTo(cipher.blindIndex("hash-series", "plain name " + id));
                    assertThat(cipher.decrypt((String) row.get("name_encrypted"), HashEntries.SERIES_NAME.row(id)))
                            .isEqualTo("plain name " + id);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
