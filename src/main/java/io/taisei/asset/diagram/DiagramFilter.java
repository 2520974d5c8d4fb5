package io.taisei.asset.diagram;

import io.taisei.asset.Importance;
import io.taisei.asset.NetworkZoneId;
import io.taisei.asset.SystemId;
import io.taisei.organization.LegalEntityId;

/**
 * What part of the ledgers a diagram shows; null fields do not filter. {@code minImportance} keeps systems at least
 * that important, {@code zoneId} keeps connections running through the zone, {@code systemId} keeps one system and its
 * direct connections. Filters combine: a connection is drawn only when both its ends pass them, except that the system
 * asked for by {@code systemId} is always drawn.
 */
public record DiagramFilter(LegalEntityId legalEntityId, Importance minImportance, NetworkZoneId zoneId,
                            SystemId systemId) {

    public static DiagramFilter none() {
        return new DiagramFilter(null, null, null, null);
    }

    boolean keeps(Importance importance) {
        // Importance is declared from the most important (CRITICAL) down
        return minImportance == null || importance.compareTo(minImportance) <= 0;
    }
}
