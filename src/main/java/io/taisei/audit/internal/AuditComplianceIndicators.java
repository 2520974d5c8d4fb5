package io.taisei.audit.internal;

import io.taisei.audit.AuditCheckpoint;
import io.taisei.audit.AuditVerification;
import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.ComplianceIndicatorProvider;
import io.taisei.compliance.spi.IndicatorLink;
import io.taisei.compliance.spi.IndicatorStatus;
import io.taisei.compliance.spi.IndicatorUnit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guideline 2.3.4.2 (logs protected from tampering): whether the audit chain verifies intact now, and how old the
 * newest signed checkpoint of its head is (a daily checkpoint is expected).
 */
@Component
class AuditComplianceIndicators implements ComplianceIndicatorProvider {

    static final Set<String> ITEMS = Set.of("2.3.4.2-1", "2.3.4.2-2");
    static final long CHECKPOINT_GOOD_DAYS = 2;
    static final long CHECKPOINT_WARN_DAYS = 7;

    private final ChainVerifier verifier;
    private final CheckpointStore checkpoints;
    private final Clock clock = Clock.systemUTC();

    AuditComplianceIndicators(ChainVerifier verifier, CheckpointStore checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @Override
    public Set<String> itemKeys() {
        return ITEMS;
    }

    @Override
    public List<ComplianceIndicator> indicators(Set<String> itemKeys) {
        Set<String> items = itemKeys.stream().filter(ITEMS::contains).collect(java.util.stream.Collectors.toSet());
        if (items.isEmpty()) {
            return List.of();
        }
        AuditVerification verification = verifier.verify();
        ComplianceIndicator chain = new ComplianceIndicator("audit.chain.intact", items, "audit.indicator.chain",
                (double) verification.entries(), IndicatorUnit.COUNT, null, null,
                verification.valid() ? "audit.indicator.chain.rule.valid" : "audit.indicator.chain.rule.broken",
                verification.firstBrokenSequence() == null ? List.of() : List.of(verification.firstBrokenSequence()),
                verification.valid() ? IndicatorStatus.GOOD : IndicatorStatus.BAD,
                List.of(new IndicatorLink("audit.indicator.link.verify", "/audit/verify")));
        Optional<AuditCheckpoint> newest = checkpoints.page(PageRequest.of(0, 1)).stream().findFirst();
        Long days = newest.map(c -> Duration.between(c.createdAt(), clock.instant()).toDays()).orElse(null);
        IndicatorStatus status = days == null ? IndicatorStatus.BAD
                : days <= CHECKPOINT_GOOD_DAYS ? IndicatorStatus.GOOD
                : days <= CHECKPOINT_WARN_DAYS ? IndicatorStatus.WARN : IndicatorStatus.BAD;
        ComplianceIndicator checkpoint = new ComplianceIndicator("audit.checkpoint.age", items,
                "audit.indicator.checkpoint", days == null ? null : days.doubleValue(), IndicatorUnit.DAYS, null, null,
                "audit.indicator.checkpoint.rule", List.of(CHECKPOINT_GOOD_DAYS, CHECKPOINT_WARN_DAYS), status,
                List.of(new IndicatorLink("audit.indicator.link.trail", "/audit")));
        return List.of(chain, checkpoint);
    }
}
