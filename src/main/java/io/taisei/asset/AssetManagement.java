package io.taisei.asset;

import io.taisei.asset.internal.Connection;
import io.taisei.asset.internal.DataAsset;
import io.taisei.asset.internal.DataAssetService;
import io.taisei.asset.internal.HardwareSoftware;
import io.taisei.asset.internal.NetworkService;
import io.taisei.asset.internal.NetworkZone;
import io.taisei.asset.internal.HardwareSoftwareService;
import io.taisei.asset.internal.InformationSystem;
import io.taisei.asset.internal.InstalledComponents;
import io.taisei.asset.internal.SystemService;
import io.taisei.asset.sbom.SbomInstalledComponents;
import io.taisei.platform.CountLimitedPage;
import io.taisei.platform.Paging;
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
import java.util.function.Consumer;

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
    public static final java.util.Set<String> DATA_SORTS = java.util.Set.of("code", "name", "category",
            "classification", "updatedAt");
    public static final java.util.Set<String> ZONE_SORTS = java.util.Set.of("code", "name", "kind");
    public static final java.util.Set<String> CONNECTION_SORTS = java.util.Set.of("code", "kind", "direction",
            "counterparty", "updatedAt");
    public static final Sort DEFAULT_SORT = Sort.by("code");

    private final SystemService systems;
    private final HardwareSoftwareService hardwareSoftware;
    private final DataAssetService data;
    private final NetworkService networks;
    private final InstalledComponents installed;
    private final SbomInstalledComponents sbomInstalled;

    AssetManagement(SystemService systems, HardwareSoftwareService hardwareSoftware, DataAssetService data,
                    NetworkService networks, InstalledComponents installed, SbomInstalledComponents sbomInstalled) {
        this.systems = systems;
        this.hardwareSoftware = hardwareSoftware;
        this.data = data;
        this.networks = networks;
        this.installed = installed;
        this.sbomInstalled = sbomInstalled;
    }

    // --- what is installed where, for vulnerability matching ----------------------------------------------------

    /** The given ledger records as installed components: one per system each runs in, or one without a system. */
    public List<InstalledComponent> installedLedgerComponents(Collection<Long> hardwareSoftwareIds) {
        return installed.ledgerComponents(hardwareSoftwareIds);
    }

    /** Everything installed in one system according to one source (the ledger, or the system's current SBOM). */
    public List<InstalledComponent> installedComponentsOf(SystemId system, ComponentSource source) {
        return switch (source) {
            case LEDGER -> installed.ledgerComponentsOf(system.value());
            case SBOM -> sbomInstalled.currentComponentsOf(system);
        };
    }

    /** Every installed component of every source, handed over in batches so that memory stays flat. */
    public void forEachInstalledComponent(int batchSize, Consumer<List<InstalledComponent>> batches) {
        installed.forEachLedgerBatch(batchSize, batches);
        sbomInstalled.forEachBatch(batchSize, batches);
    }

    // --- ledger 1: systems and external services ----------------------------------------------------------------

    public Page<SystemSummary> systems(SystemFilter filter, Pageable pageable) {
        return systems.search(filter, pageable).map(InformationSystem::toSummary);
    }

    /** The first {@code count} systems by code that match the filter, without counting the rest. */
    public List<SystemSummary> firstSystems(SystemFilter filter, int count) {
        return systems.first(filter, count).stream().map(InformationSystem::toSummary).toList();
    }

    /** {@link #systems} for the list page, whose matches are counted only up to {@link Paging#COUNT_LIMIT}. */
    public CountLimitedPage<SystemSummary> listSystems(SystemFilter filter, Pageable pageable) {
        return systems.list(filter, pageable).map(InformationSystem::toSummary);
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

    /** {@link #hardwareSoftware} for the list page, whose matches are counted only up to {@link Paging#COUNT_LIMIT}. */
    public CountLimitedPage<HardwareSoftwareSummary> listHardwareSoftware(HardwareSoftwareFilter filter,
                                                                           Pageable pageable) {
        return hardwareSoftware.list(filter, pageable).map(HardwareSoftware::toSummary);
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

    // --- ledger 3: information (data) ----------------------------------------------------------------------------

    public Page<DataAssetSummary> data(DataAssetFilter filter, Pageable pageable) {
        return data.search(filter, pageable).map(DataAsset::toSummary);
    }

    /** {@link #data} for the list page, whose matches are counted only up to {@link Paging#COUNT_LIMIT}. */
    public CountLimitedPage<DataAssetSummary> listData(DataAssetFilter filter, Pageable pageable) {
        return data.list(filter, pageable).map(DataAsset::toSummary);
    }

    public DataAssetSummary data(DataAssetId id) {
        return data.get(id.value()).toSummary();
    }

    public Optional<DataAssetSummary> dataByCode(String code) {
        return data.byCode(code).map(DataAsset::toSummary);
    }

    /** The data a system stores or processes, by code. */
    public List<DataAssetSummary> dataOf(SystemId system) {
        return data.bySystem(system.value()).stream().map(DataAsset::toSummary).toList();
    }

    @Transactional
    public DataAssetSummary createData(DataAssetDraft draft) {
        return data.create(draft).toSummary();
    }

    @Transactional
    public DataAssetSummary updateData(DataAssetId id, DataAssetDraft draft, Long expectedVersion) {
        return data.update(id.value(), draft, expectedVersion).toSummary();
    }

    // --- ledger 4: networks and connections ----------------------------------------------------------------------

    public Page<NetworkZoneSummary> zones(String q, Pageable pageable) {
        return networks.zones(q, pageable).map(NetworkZone::toSummary);
    }

    public List<NetworkZoneSummary> allZones() {
        return networks.allZones().stream().map(NetworkZone::toSummary).toList();
    }

    public NetworkZoneSummary zone(NetworkZoneId id) {
        return networks.zone(id.value()).toSummary();
    }

    public Optional<NetworkZoneSummary> zoneByCode(String code) {
        return networks.zoneByCode(code).map(NetworkZone::toSummary);
    }

    @Transactional
    public NetworkZoneSummary createZone(NetworkZoneDraft draft) {
        return networks.createZone(draft).toSummary();
    }

    @Transactional
    public NetworkZoneSummary updateZone(NetworkZoneId id, NetworkZoneDraft draft, Long expectedVersion) {
        return networks.updateZone(id.value(), draft, expectedVersion).toSummary();
    }

    public Page<ConnectionSummary> connections(ConnectionFilter filter, Pageable pageable) {
        return networks.connections(filter, pageable).map(Connection::toSummary);
    }

    public ConnectionSummary connection(ConnectionId id) {
        return networks.connection(id.value()).toSummary();
    }

    public Optional<ConnectionSummary> connectionByCode(String code) {
        return networks.connectionByCode(code).map(Connection::toSummary);
    }

    /** Connections starting or ending at a system, by code. */
    public List<ConnectionSummary> connectionsOf(SystemId system) {
        return networks.connectionsOf(system.value()).stream().map(Connection::toSummary).toList();
    }

    @Transactional
    public ConnectionSummary createConnection(ConnectionDraft draft) {
        return networks.createConnection(draft).toSummary();
    }

    @Transactional
    public ConnectionSummary updateConnection(ConnectionId id, ConnectionDraft draft, Long expectedVersion) {
        return networks.updateConnection(id.value(), draft, expectedVersion).toSummary();
    }
}
