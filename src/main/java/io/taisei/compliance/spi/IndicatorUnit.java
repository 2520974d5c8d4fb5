package io.taisei.compliance.spi;

/** What an indicator's value counts. */
public enum IndicatorUnit {
    /** A share between 0 and 1, shown as a percentage. */
    RATIO,
    COUNT,
    DAYS;

    public String messageKey() {
        return "assessment.indicator.unit." + name();
    }
}
