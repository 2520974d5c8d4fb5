package io.taisei.compliance.spi;

/** How an indicator judges its value against its rule. */
public enum IndicatorStatus {
    GOOD,
    WARN,
    BAD;

    public String messageKey() {
        return "assessment.indicator.status." + name();
    }
}
