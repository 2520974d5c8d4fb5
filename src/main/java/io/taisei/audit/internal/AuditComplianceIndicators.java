package io.taisei.audit.internal;

import io.taisei.audit.AuditCheckpoint;
import io.taisei.audit.AuditVerificationRun;
import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.ComplianceIndicatorProvider;
import io.taisei.compliance.spi.IndicatorLink;
import io.taisei.compliance.spi.IndicatorStatus;
import io.taisei.compliance.spi.IndicatorUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guideline 2.3.4.2 (logs protected from tampering): whether the newest stored verification of the audit chain found
 * it intact and is recent enough ({@code taisei.audit.verification-max-age}; the chain is verified on schedule,
 * nightly by default, and whenever someone verifies it), and how old the newest signed checkpoint of its head is (a
 * daily checkpoint is expected). Reading the stored result keeps the indicator cheap however long the chain grows.
 */
@Component
class AuditComplianceIndicators implements ComplianceIndicatorProvider {

    static final Set<String> ITEMS = Set.of("2.3.4.2-1", "2.3.4.2-2");
    static final long CHECKPOINT_GOOD_DAYS = 2;
    static final long CHECKPOINT_WARN_DAYS = 7;

    private final VerificationStore verifications;
    private final CheckpointStore checkpoints;
    private final Duration maxAge;
    private final DateTimeFormatter time;
    private final Clock clock;

    @Autowired
    AuditComplianceIndicators(VerificationStore verifications, CheckpointStore checkpoints, AuditSettings settings) {
        this(verifications, checkpoints, settings, Clock.systemUTC());
    }

    AuditComplianceIndicators(VerificationStore verifications, CheckpointStore checkpoints, AuditSettings settings,
                              Clock clock) {
        this.verifications = verifications;
        this.checkpoints = checkpoints;
        this.maxAge = settings.verificationMaxAge();
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(settings.zone());
        this.clock = clock;
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
        return List.of(chain(items), checkpoint(items));
    }

    /** Good only when the newest stored verification found the chain intact and is at most {@code maxAge} old. */
    private ComplianceIndicator chain(Set<String> items) {
        List<IndicatorLink> links = List.of(new IndicatorLink("audit.indicator.link.verify", "/audit/verify"));
        String hours = Long.toString(maxAge.toHours());
        Optional<AuditVerificationRun> last = verifications.latest();
        if (last.isEmpty()) {
            return new ComplianceIndicator("audit.chain.intact", items, "audit.indicator.chain", null,
                    IndicatorUnit.COUNT, null, null, "audit.indicator.chain.rule.never", List.of(hours),
                    IndicatorStatus.BAD, links);
        }
        AuditVerificationRun run = last.get();
        String when = time.format(run.finishedAt());
        String rule;
        List<Object> arguments;
        if (!run.valid()) {
            rule = "audit.indicator.chain.rule.broken";
            arguments = List.of(when, orDash(run.firstBrokenSequence()), orDash(run.brokenEntryId()), run.actor());
        } else if (run.age(clock.instant()).compareTo(maxAge) > 0) {
            rule = "audit.indicator.chain.rule.stale";
            arguments = List.of(when, run.actor(), hours);
        } else {
            rule = "audit.indicator.chain.rule.valid";
            arguments = List.of(when, run.actor(), hours);
        }
        IndicatorStatus status = rule.endsWith(".valid") ? IndicatorStatus.GOOD : IndicatorStatus.BAD;
        return new ComplianceIndicator("audit.chain.intact", items, "audit.indicator.chain", (double) run.entries(),
                IndicatorUnit.COUNT, null, null, rule, arguments, status, links);
    }

    private static String orDash(Long value) {
        return value == null ? "—" : value.toString();
    }

    private ComplianceIndicator checkpoint(Set<String> items) {
        Optional<AuditCheckpoint> newest = checkpoints.page(PageRequest.of(0, 1)).stream().findFirst();
        Long days = newest.map(c -> Duration.between(c.createdAt(), clock.instant()).toDays()).orElse(null);
        IndicatorStatus status = days == null ? IndicatorStatus.BAD
                : days <= CHECKPOINT_GOOD_DAYS ? IndicatorStatus.GOOD
                : days <= CHECKPOINT_WARN_DAYS ? IndicatorStatus.WARN : IndicatorStatus.BAD;
        return new ComplianceIndicator("audit.checkpoint.age", items,
                "audit.indicator.checkpoint", days == null ? null : days.doubleValue(), IndicatorUnit.DAYS, null, null,
                "audit.indicator.checkpoint.rule", List.of(CHECKPOINT_GOOD_DAYS, CHECKPOINT_WARN_DAYS), status,
                List.of(new IndicatorLink("audit.indicator.link.trail", "/audit")));
    }
}
