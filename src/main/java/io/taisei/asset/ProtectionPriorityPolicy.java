package io.taisei.asset;

/**
 * Derives a system's protection priority from its C/I/A ratings (2.2.1(2)): the highest of the three sets the base
 * (HIGH → P2, MEDIUM → P3, LOW → P4), and the base rises one step when the system is critical to the business or
 * reachable from the internet, because either makes a compromise more likely or more damaging. A system both critical
 * and exposed rises two steps. P1 is the highest priority.
 */
public final class ProtectionPriorityPolicy {

    private ProtectionPriorityPolicy() {
    }

    public static ProtectionPriority derive(Rating confidentiality, Rating integrity, Rating availability,
                                            Importance importance, boolean internetExposed) {
        Rating highest = max(max(confidentiality, integrity), availability);
        int level = switch (highest) {
            case HIGH -> ProtectionPriority.P2.ordinal();
            case MEDIUM -> ProtectionPriority.P3.ordinal();
            case LOW -> ProtectionPriority.P4.ordinal();
        };
        if (importance == Importance.CRITICAL) {
            level++;
        }
        if (internetExposed) {
            level++;
        }
        ProtectionPriority[] all = ProtectionPriority.values();
        return all[Math.min(level, all.length - 1)];
    }

    private static Rating max(Rating a, Rating b) {
        if (a == null) {
            return b == null ? Rating.LOW : b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
