package io.taisei.asset.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;
import java.util.List;

/**
 * End-of-support settings ({@code taisei.asset.end-of-support.*}).
 *
 * @param horizon      how far ahead the view looks by default (12 months)
 * @param reminderDays how many days before the end of support, or a migration's due date, a reminder is recorded
 *                     (90, 30 and 7; and once more when the day has passed)
 */
@ConfigurationProperties("taisei.asset.end-of-support")
public record EndOfSupportSettings(Period horizon, List<Integer> reminderDays) {

    public EndOfSupportSettings {
        if (horizon == null || horizon.isNegative() || horizon.isZero()) {
            horizon = Period.ofMonths(12);
        }
        if (reminderDays == null || reminderDays.isEmpty()) {
            reminderDays = List.of(90, 30, 7);
        }
        reminderDays = reminderDays.stream().filter(d -> d != null && d > 0).sorted().distinct().toList();
    }
}
