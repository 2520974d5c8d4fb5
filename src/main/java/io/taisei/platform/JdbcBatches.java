package io.taisei.platform;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.IntFunction;

/** What the bulk writers that bypass JPA for speed share: ids from a sequence and JPA's optimistic-lock rule. */
public final class JdbcBatches {

    private JdbcBatches() {
    }

    /**
     * {@code count} new values of a database sequence in one round trip, ascending, so that rows inserted in that
     * order keep the sequence's order. {@code sequence} is a name from the code, never from input.
     */
    public static List<Long> nextIds(JdbcTemplate jdbc, String sequence, int count) {
        if (count <= 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count)
                .stream().sorted().toList();
    }

    /**
     * Refuses a batch of {@code update … where id = ? and version = ?} statements in which a row matched nothing, as
     * JPA refuses a stale save: {@code record} names the row at a batch position for the message.
     */
    public static void requireEveryRowUpdated(int[] updateCounts, IntFunction<String> record) {
        for (int i = 0; i < updateCounts.length; i++) {
            if (updateCounts[i] == 0) {
                throw new OptimisticLockingFailureException(record.apply(i) + " was changed by another transaction");
            }
        }
    }
}
