package io.taisei;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection pool retires connections (idle timeout, maximum lifetime), including the one the migrations ran on.
 * H2 2.4.240 evaluated a CHECK (... IN (...)) constraint with the session that created it, so once that connection
 * was closed every insert into such a table failed with "The database has been closed" — about 30 minutes after
 * start-up on the embedded database.
 */
@SpringBootTest
class DatabaseConnectionRecyclingTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void tablesWithCheckConstraintsStillTakeRowsAfterThePoolHasReplacedEveryConnection() throws Exception {
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

        Integer inserted = transactions.execute(status -> {
            int rows = jdbc.update("""
                    INSERT INTO cmp_item (catalog_id, section_id, item_key, kind, summary_ja, summary_en, position)
                    SELECT catalog_id, section_id, 'recycling-test', 'RECOMMENDED', summary_ja, summary_en, position
                    FROM cmp_item WHERE id = (SELECT MIN(id) FROM cmp_item)""");
            status.setRollbackOnly();
            return rows;
        });

        assertThat(inserted).isEqualTo(1);
    }
}
