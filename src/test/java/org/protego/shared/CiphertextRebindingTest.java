package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.protego.MigrationContext;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations that bind the first release's ciphertexts to their rows leave every value readable in its row. */
@ProtegoTest
class CiphertextRebindingTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void firstReleaseCiphertextsBecomeBoundToTheirRowsAndStayReadable() throws Exception {
        var cipher = FieldCipherTest.CIPHER;
        String table = "rebinding_test_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create table " + table + " (id text primary key, secret text, other text)")
                .update();
        for (int row = 0; row < 1200; row++) {
            jdbc.sql("insert into " + table + " values (:id, :secret, null)")
                    .param("id", "row-" + row)
                    .param("secret", FieldCipherTest.firstReleaseCiphertext("secret of row " + row))
                    .update();
        }
        var rebinding = new CiphertextRebinding(
                "999",
                "test",
                cipher,
                List.of(new CiphertextRebinding.Table(table, "id", List.of("secret", "other")))) {};

        try (Connection connection = dataSource.getConnection()) {
            rebinding.migrate(MigrationContext.on(connection));
        }

        var column = new FieldCipher.Column(table, "secret");
        assertThat(cipher.decrypt(
                        jdbc.sql("select secret from " + table + " where id = 'row-1042'")
                                .query(String.class)
                                .single(),
                        column.row("row-1042")))
                .isEqualTo("secret of row 1042");
        assertThat(jdbc.sql("select count(*) from " + table + " where secret like 'v2:%' and other is null")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1200);
        jdbc.sql("drop table " + table).update();
    }
}
