package io.taisei.platform;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcBatchesTest {

    @Test
    void aBatchInWhichEveryRowMatchedPasses() {
        assertThatCode(() -> JdbcBatches.requireEveryRowUpdated(new int[]{1, 1, Statement.SUCCESS_NO_INFO}, i -> "row " + i))
                .doesNotThrowAnyException();
    }

    @Test
    void aRowThatMatchedNothingIsRefusedAsAStaleUpdateNamingTheRecord() {
        assertThatThrownBy(() -> JdbcBatches.requireEveryRowUpdated(new int[]{1, 0, 1}, i -> "record " + i))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessage("record 1 was changed by another transaction");
    }
}
