package io.taisei.compliance.spi;

import java.util.Objects;

/** A link from an indicator to the records behind it: a relative Taisei path and the message key of its label. */
public record IndicatorLink(String labelKey, String href) {

    public IndicatorLink {
        Objects.requireNonNull(labelKey, "labelKey");
        if (href == null || !href.startsWith("/") || href.startsWith("//")) {
            throw new IllegalArgumentException("an indicator link is a relative Taisei path");
        }
    }
}
