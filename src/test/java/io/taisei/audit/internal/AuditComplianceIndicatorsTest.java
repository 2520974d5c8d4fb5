package io.taisei.audit.internal;

import io.taisei.audit.AuditVerification;
import io.taisei.audit.AuditVerification.Reason;
import io.taisei.audit.AuditVerificationRun.Trigger;
import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.IndicatorStatus;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The guideline 2.3.4.2 chain indicator judges the newest stored verification: intact and recent enough, or not met. */
class AuditComplianceIndicatorsTest {

    static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    VerificationStore store;
    AuditComplianceIndicators indicators;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = InMemoryAuditDatabase.migrated("indicators");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        store = new VerificationStore(jdbc);
        AuditSettings settings = new AuditSettings(null, null, ZoneId.of("Asia/Tokyo"), "-", Duration.ofMillis(250),
                "-", Duration.ofHours(36));
        indicators = new AuditComplianceIndicators(store, new CheckpointStore(jdbc), settings,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private ComplianceIndicator chain() {
        return indicators.indicators(Set.of("2.3.4.2-1")).get(0);
    }

    private void stored(AuditVerification result, Instant finished, Trigger trigger, String actor) {
        store.insert(result, finished.minusSeconds(5), finished, trigger, actor, null);
    }

    private static AuditVerification intact(long entries) {
        return new AuditVerification(true, entries, null, null, entries, "0".repeat(64), 0, null, null);
    }

    @Test
    void aChainNeverVerifiedIsNotMet() {
        ComplianceIndicator chain = chain();
        assertThat(chain.status()).isEqualTo(IndicatorStatus.BAD);
        assertThat(chain.ruleKey()).isEqualTo("audit.indicator.chain.rule.never");
        assertThat(chain.value()).isNull();
    }

    @Test
    void aRecentIntactVerificationIsMetAndSaysWhenAndByWhom() {
        stored(intact(1234), NOW.minus(Duration.ofHours(20)), Trigger.SCHEDULED, "system");
        ComplianceIndicator chain = chain();
        assertThat(chain.status()).isEqualTo(IndicatorStatus.GOOD);
        assertThat(chain.ruleKey()).isEqualTo("audit.indicator.chain.rule.valid");
        assertThat(chain.ruleArguments()).containsExactly("2026-11-25 16:00", "system", "36");
        assertThat(chain.value()).isEqualTo(1234.0);
    }

    @Test
    void anIntactVerificationOlderThanTheMaximumAgeIsNotMet() {
        stored(intact(10), NOW.minus(Duration.ofHours(37)), Trigger.PAGE, "user:alice");
        ComplianceIndicator chain = chain();
        assertThat(chain.status()).isEqualTo(IndicatorStatus.BAD);
        assertThat(chain.ruleKey()).isEqualTo("audit.indicator.chain.rule.stale");
    }

    @Test
    void theNewestVerificationCountsEvenWhenAnOlderOneWasIntact() {
        stored(intact(10), NOW.minus(Duration.ofHours(2)), Trigger.SCHEDULED, "system");
        stored(new AuditVerification(false, 10, 7L, Reason.HASH_MISMATCH, 10, "0".repeat(64), 0, null, null),
                NOW.minus(Duration.ofHours(1)), Trigger.API, "token:bob#3");
        ComplianceIndicator chain = chain();
        assertThat(chain.status()).isEqualTo(IndicatorStatus.BAD);
        assertThat(chain.ruleKey()).isEqualTo("audit.indicator.chain.rule.broken");
        assertThat(chain.ruleArguments()).containsExactly("2026-11-26 11:00", "7", "—", "token:bob#3");
    }
}
