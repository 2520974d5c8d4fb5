package io.taisei.asset;

import java.time.Period;

/**
 * Narrows the end-of-support view; null fields do not filter. {@code horizon} is how far ahead to look (null: the
 * configured default, 12 months unless set); {@code systemId} keeps what runs in that system, {@code importance}
 * what runs in at least one system of that importance.
 */
public record EndOfSupportFilter(SystemId systemId, Importance importance, Period horizon) {

    public static EndOfSupportFilter none() {
        return new EndOfSupportFilter(null, null, null);
    }
}
