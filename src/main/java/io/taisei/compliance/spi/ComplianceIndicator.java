package io.taisei.compliance.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One measurement of how well items are met. {@code labelKey} and {@code ruleKey} are message keys in the providing
 * module's bundle; the rule is shown with {@code ruleArguments} (thresholds). {@code value} is a share between 0 and
 * 1 for {@link IndicatorUnit#RATIO}, otherwise a count or a number of days; {@code numerator}/{@code denominator}
 * say what a ratio was computed from (both null otherwise). {@code value} is null when there is nothing to measure
 * yet (no records), and the status then says what that means.
 */
public record ComplianceIndicator(String id, Set<String> itemKeys, String labelKey, Double value, IndicatorUnit unit,
                                  Long numerator, Long denominator, String ruleKey, List<Object> ruleArguments,
                                  IndicatorStatus status, List<IndicatorLink> links) {

    public ComplianceIndicator {
        Objects.requireNonNull(id, "id");
        itemKeys = Set.copyOf(itemKeys);
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(ruleKey, "ruleKey");
        ruleArguments = ruleArguments == null ? List.of() : List.copyOf(ruleArguments);
        Objects.requireNonNull(status, "status");
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** A share with its parts; status good at or above {@code good}, warn at or above {@code warn}, bad below. */
    public static ComplianceIndicator ratio(String id, Set<String> itemKeys, String labelKey, long numerator,
                                           long denominator, double good, double warn, String ruleKey,
                                           List<IndicatorLink> links) {
        Double value = denominator == 0 ? null : (double) numerator / denominator;
        IndicatorStatus status = value == null ? IndicatorStatus.WARN
                : value >= good ? IndicatorStatus.GOOD : value >= warn ? IndicatorStatus.WARN : IndicatorStatus.BAD;
        return new ComplianceIndicator(id, itemKeys, labelKey, value, IndicatorUnit.RATIO, numerator, denominator,
                ruleKey, List.of(Math.round(good * 100), Math.round(warn * 100)), status, links);
    }

    /** The value as a percentage (0–100) for ratios, else the value itself; null when nothing was measured. */
    public Long displayValue() {
        if (value == null) {
            return null;
        }
        return unit == IndicatorUnit.RATIO ? Math.round(value * 100) : Math.round(value);
    }
}
