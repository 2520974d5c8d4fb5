package io.taisei.asset;

import io.taisei.asset.internal.UnmanagedAsset;
import io.taisei.asset.internal.UnmanagedAssetService;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * Unmanaged assets and shadow IT (guideline 2.2.1.2(d)): devices and cloud services found outside the ledgers, the
 * decision about each (bring under management, stop use) and its follow-up. A refused change throws
 * {@link RuleViolationException} naming the field, an unknown id {@link RecordNotFoundException}.
 */
@Service
@Transactional(readOnly = true)
public class UnmanagedAssetManagement {

    public static final Set<String> SORTS = Set.of("discoveredOn", "name", "kind", "followUpDueOn", "updatedAt");
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "discoveredOn");

    private final UnmanagedAssetService service;

    UnmanagedAssetManagement(UnmanagedAssetService service) {
        this.service = service;
    }

    public Page<UnmanagedAssetSummary> unmanagedAssets(UnmanagedAssetFilter filter, Pageable pageable) {
        return service.search(filter, pageable).map(UnmanagedAsset::toSummary);
    }

    public UnmanagedAssetSummary unmanagedAsset(UnmanagedAssetId id) {
        return service.get(id.value()).toSummary();
    }

    @Transactional
    public UnmanagedAssetSummary create(UnmanagedAssetDraft draft) {
        return service.create(draft).toSummary();
    }

    /** @param expectedVersion the version the caller last read, or null to skip the check */
    @Transactional
    public UnmanagedAssetSummary update(UnmanagedAssetId id, UnmanagedAssetDraft draft, Long expectedVersion) {
        return service.update(id.value(), draft, expectedVersion).toSummary();
    }
}
