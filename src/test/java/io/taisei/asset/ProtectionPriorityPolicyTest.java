package io.taisei.asset;

import org.junit.jupiter.api.Test;

import static io.taisei.asset.ProtectionPriorityPolicy.derive;
import static org.assertj.core.api.Assertions.assertThat;

class ProtectionPriorityPolicyTest {

    @Test
    void theHighestOfTheThreeRatingsSetsTheBase() {
        assertThat(derive(Rating.LOW, Rating.LOW, Rating.LOW, Importance.LOW, false)).isEqualTo(ProtectionPriority.P4);
        assertThat(derive(Rating.LOW, Rating.MEDIUM, Rating.LOW, Importance.HIGH, false)).isEqualTo(ProtectionPriority.P3);
        assertThat(derive(Rating.LOW, Rating.LOW, Rating.HIGH, Importance.MEDIUM, false)).isEqualTo(ProtectionPriority.P2);
    }

    @Test
    void criticalImportanceRaisesThePriorityOneStep() {
        assertThat(derive(Rating.MEDIUM, Rating.LOW, Rating.LOW, Importance.CRITICAL, false)).isEqualTo(ProtectionPriority.P2);
    }

    @Test
    void internetExposureRaisesThePriorityOneStep() {
        assertThat(derive(Rating.LOW, Rating.LOW, Rating.LOW, Importance.LOW, true)).isEqualTo(ProtectionPriority.P3);
    }

    @Test
    void aCriticalExposedSystemWithHighRatingsIsTheTopPriorityAndNeverBeyond() {
        assertThat(derive(Rating.HIGH, Rating.HIGH, Rating.HIGH, Importance.CRITICAL, true)).isEqualTo(ProtectionPriority.P1);
        assertThat(derive(Rating.HIGH, Rating.LOW, Rating.LOW, Importance.CRITICAL, false)).isEqualTo(ProtectionPriority.P1);
        assertThat(derive(Rating.MEDIUM, Rating.LOW, Rating.LOW, Importance.CRITICAL, true)).isEqualTo(ProtectionPriority.P1);
    }

    @Test
    void missingRatingsCountAsLow() {
        assertThat(derive(null, null, null, Importance.LOW, false)).isEqualTo(ProtectionPriority.P4);
    }
}
