package io.taisei.asset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A record of the data ledger (2.2.1.3): what information, how it is classified, the systems and external services
 * that store and that process it, its volume and retention as the owner states them.
 */
public record DataAssetDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.CODE, message = "{asset.validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull DataCategory category,
        @NotNull Classification classification,
        @Size(max = 500) Set<@NotNull Long> storedInIds,
        @Size(max = 500) Set<@NotNull Long> processedInIds,
        @Size(max = 200) String volume,
        @Size(max = 200) String retention,
        Long ownerId) {

    public static DataAssetDraft empty() {
        return new DataAssetDraft(null, null, DataCategory.CUSTOMER_INFORMATION, Classification.CONFIDENTIAL,
                Set.of(), Set.of(), null, null, null);
    }

    public static DataAssetDraft of(DataAssetSummary d) {
        return new DataAssetDraft(d.code(), d.name(), d.category(), d.classification(), SystemIds.values(d.storedIn()),
                SystemIds.values(d.processedIn()), d.volume(), d.retention(), d.ownerId() == null ? null : d.ownerId().value());
    }

    /** The same record stored in and processed in these systems instead. */
    public DataAssetDraft withSystems(Set<Long> storedIn, Set<Long> processedIn) {
        return new DataAssetDraft(code, name, category, classification, storedIn, processedIn, volume, retention,
                ownerId);
    }

    public Set<Long> storedInOrEmpty() {
        return storedInIds == null ? Set.of() : storedInIds;
    }

    public Set<Long> processedInOrEmpty() {
        return processedInIds == null ? Set.of() : processedInIds;
    }
}
