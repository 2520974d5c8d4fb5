package io.taisei.asset.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EndOfSupportSettingsTest {

    private static EndOfSupportSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("taisei.asset.end-of-support", EndOfSupportSettings.class);
    }

    @Test
    void theHorizonIsTwelveMonthsAndRemindersNinetyThirtyAndSevenDaysUnlessConfigured() {
        EndOfSupportSettings defaults = bind(Map.of());
        assertThat(defaults.horizon()).isEqualTo(Period.ofMonths(12));
        assertThat(defaults.reminderDays()).containsExactly(7, 30, 90);
    }

    @Test
    void theHorizonAndReminderDaysCanBeConfigured() {
        EndOfSupportSettings settings = bind(Map.of("taisei.asset.end-of-support.horizon", "P18M",
                "taisei.asset.end-of-support.reminder-days", "60,14"));
        assertThat(settings.horizon()).isEqualTo(Period.ofMonths(18));
        assertThat(settings.reminderDays()).isEqualTo(List.of(14, 60));
        assertThat(bind(Map.of("taisei.asset.end-of-support.horizon", "6m")).horizon()).isEqualTo(Period.ofMonths(6));
    }
}
