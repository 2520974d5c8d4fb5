package io.taisei.asset;

import java.time.LocalDate;

/**
 * A reminder the daily job recorded: support of a record ends (or a migration is due) on {@code dueOn}, recorded
 * {@code daysBefore} days ahead (0 once the day has passed).
 */
public record EndOfSupportReminder(long id, Kind kind, HardwareSoftwareId hardwareSoftwareId, String code,
                                   String name, LocalDate dueOn, int daysBefore, LocalDate recordedOn) {

    public enum Kind { SUPPORT_ENDING, MIGRATION_DUE }
}
