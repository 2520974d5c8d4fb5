package io.taisei.asset;

import io.taisei.asset.internal.HardwareSoftware;
import io.taisei.asset.internal.HardwareSoftwareService;
import io.taisei.asset.internal.InformationSystem;
import io.taisei.asset.internal.SystemService;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The asset module's public API: the ledgers of guideline 2.2.1 for the module's own pages, API and imports and for
 * every module that needs to name a system. A refused change throws {@link RuleViolationException} naming the field,
 * an unknown id {@link RecordNotFoundException}.
 */
@Service
@Transactional(readOnly = true) // summaries are built inside the transaction: they read lazy collections
public class AssetManagement {

    /** Properties a list of systems may be sorted by (the API's and the pages' {@code sort}). */
    public static final java.util.Set<String> SYSTEM_SORTS = java.util.Set.of("code", "name", "kind", "lifecycle",
            "importance", "protectionPriority", "environment", "provider", "updatedAt");
    public static final java.util.Set<String> HARDWARE_SOFTWARE_SORTS = java.util.Set.of("code", "kind", "vendor",
            "product", "productVersion", "supportEndsOn", "updatedAt");
    public static final Sort DEFAULT_SORT = Sort.by("code");

    private final SystemService systems;
    private final HardwareSoftwareService hardwareSoftware;

    AssetManagement(SystemService systems, HardwareSoftwareService hardwareSoftware) {
        this.systems = systems;
        this.hardwareSoftware = hardwareSoftware;
    }

    // --- ledger 1: systems and external services ----------------------------------------------------------------

    public Page<SystemSummary> systems(SystemFilter filter, Pageable pageable) {
        return systems.search(filter, pageable).map(InformationSystem::toSummary);
    }

    /** @throws RecordNotFoundException if there is no such system */
    public SystemSummary system(SystemId id) {
        return systems.get(id.value()).toSummary();
    }

    public Optional<SystemSummary> systemByCode(String code) {
        return systems.byCode(code).map(InformationSystem::toSummary);
    }

    public List<SystemSummary> systemsById(Collection<SystemId> ids) {
        return systems.byIds(ids.stream().map(SystemId::value).toList()).stream().map(InformationSystem::toSummary).toList();
    }

    @Transactional
    public SystemSummary createSystem(SystemDraft draft) {
        return systems.create(draft).toSummary();
    }

    /** @param expectedVersion the version the caller last read, or null to skip the check */
    @Transactional
    public SystemSummary updateSystem(SystemId id, SystemDraft draft, Long expectedVersion) {
        return systems.update(id.value(), draft, expectedVersion).toSummary();
    }

    // --- ledger 2: hardware and software -------------------------------------------------------------------------

    public Page<HardwareSoftwareSummary> hardwareSoftware(HardwareSoftwareFilter filter, Pageable pageable) {
        return hardwareSoftware.search(filter, pageable).map(HardwareSoftware::toSummary);
    }

    /** @throws RecordNotFoundException if there is no such record */
    public HardwareSoftwareSummary hardwareSoftware(HardwareSoftwareId id) {
        return hardwareSoftware.get(id.value()).toSummary();
    }

    public Optional<HardwareSoftwareSummary> hardwareSoftwareByCode(String code) {
        return hardwareSoftware.byCode(code).map(HardwareSoftware::toSummary);
    }

    /** Everything recorded as running in a system, by code. */
    public List<HardwareSoftwareSummary> hardwareSoftwareOf(SystemId system) {
        return hardwareSoftware.bySystem(system.value()).stream().map(HardwareSoftware::toSummary).toList();
    }

    @Transactional
    public HardwareSoftwareSummary createHardwareSoftware(HardwareSoftwareDraft draft) {
        return hardwareSoftware.create(draft).toSummary();
    }

    @Transactional
    public HardwareSoftwareSummary updateHardwareSoftware(HardwareSoftwareId id, HardwareSoftwareDraft draft,
                                                          Long expectedVersion) {
        return hardwareSoftware.update(id.value(), draft, expectedVersion).toSummary();
    }
}
