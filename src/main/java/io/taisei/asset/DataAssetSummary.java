package io.taisei.asset;

import io.taisei.organization.PersonId;

import java.util.Set;

/** A record of the data ledger as other modules and the API see it. */
public record DataAssetSummary(DataAssetId id, String code, String name, DataCategory category,
                               Classification classification, Set<SystemId> storedIn, Set<SystemId> processedIn,
                               String volume, String retention, PersonId ownerId, long version) {
}
