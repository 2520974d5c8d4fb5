package io.taisei.asset.sbom;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.SbomComponentsReplaced;
import io.taisei.asset.SystemId;
import io.taisei.asset.SystemSummary;
import io.taisei.asset.sbom.internal.CycloneDxModel;
import io.taisei.asset.sbom.internal.ParsedSbom;
import io.taisei.asset.sbom.internal.SbomDiffer;
import io.taisei.asset.sbom.internal.SbomFileRefused;
import io.taisei.asset.sbom.internal.SbomReader;
import io.taisei.asset.sbom.internal.SbomRows;
import io.taisei.asset.sbom.internal.SbomVersion;
import io.taisei.asset.sbom.internal.SbomVersionRepository;
import io.taisei.platform.Actor;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SBOMs of systems, for the asset module's pages and API: upload (each file a new version; the latest is the
 * system's current SBOM), versions, components, the difference between two versions, and the current SBOM as
 * CycloneDX 1.6 JSON. A refused file throws {@link RuleViolationException} on {@code file} naming the file and the
 * reason; nothing is stored then.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(SbomSettings.class)
public class SbomManagement {

    public static final Set<String> VERSION_SORTS = Set.of("uploadedAt", "componentCount");
    public static final Sort VERSION_DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "id");
    public static final Set<String> COMPONENT_SORTS = Set.of("name", "version", "purl", "group", "type", "supplier");
    public static final Sort COMPONENT_DEFAULT_SORT = Sort.by("name", "version");

    private final AssetManagement assets;
    private final SbomVersionRepository versions;
    private final SbomRows rows;
    private final SbomSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final SbomReader reader = new SbomReader();
    private final Clock clock = Clock.systemUTC();

    SbomManagement(AssetManagement assets, SbomVersionRepository versions, SbomRows rows, SbomSettings settings,
                   ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.assets = assets;
        this.versions = versions;
        this.rows = rows;
        this.settings = settings;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    public long maxBytes() {
        return settings.maxBytes().toBytes();
    }

    /**
     * Reads the file (outside any transaction), then stores the version row, its components and edges in one
     * transaction and publishes {@link SbomComponentsReplaced}.
     *
     * @param declaredSize the size the upload announced, or -1 when unknown
     * @throws RecordNotFoundException if there is no such system
     * @throws RuleViolationException  if the file is refused (field {@code file})
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public SbomSummary upload(SystemId systemId, String fileName, long declaredSize, InputStream in) {
        assets.system(systemId);
        String name = baseName(fileName);
        long limit = maxBytes();
        if (declaredSize > limit) {
            throw refused(name, new SbomFileRefused("sbom.file.tooLarge", limit / (1024 * 1024)));
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        } catch (IOException e) {
            throw refused(name, new SbomFileRefused("sbom.file.unreadable"));
        }
        if (bytes.length > limit) {
            throw refused(name, new SbomFileRefused("sbom.file.tooLarge", limit / (1024 * 1024)));
        }
        ParsedSbom parsed;
        try {
            parsed = reader.read(bytes);
        } catch (SbomFileRefused refusal) {
            throw refused(name, refusal);
        }
        String sha256 = sha256(bytes);
        String uploadedBy = Actor.current().describe();
        return transaction.execute(status -> {
            SbomVersion version = versions.saveAndFlush(new SbomVersion(systemId.value(), parsed, name, sha256,
                    uploadedBy, clock.instant().truncatedTo(ChronoUnit.MICROS)));
            rows.insert(version.getId(), parsed);
            events.publishEvent(new SbomComponentsReplaced(systemId, version.getId()));
            return version.toSummary();
        });
    }

    /** A system's versions, newest first unless sorted otherwise. */
    public Page<SbomSummary> versions(SystemId systemId, Pageable pageable) {
        assets.system(systemId);
        return versions.findBySystemId(systemId.value(), pageable).map(SbomVersion::toSummary);
    }

    public List<SbomSummary> recentVersions(SystemId systemId, int count) {
        return versions.findBySystemId(systemId.value(), PageRequest.of(0, count, VERSION_DEFAULT_SORT))
                .map(SbomVersion::toSummary).getContent();
    }

    /** The system's current SBOM: its latest version. */
    public Optional<SbomSummary> current(SystemId systemId) {
        return versions.findFirstBySystemIdOrderByIdDesc(systemId.value()).map(SbomVersion::toSummary);
    }

    /** @throws RecordNotFoundException if there is no such version */
    public SbomSummary version(long sbomId) {
        return versions.findById(sbomId).map(SbomVersion::toSummary)
                .orElseThrow(() -> new RecordNotFoundException("sbom", sbomId));
    }

    public Page<SbomComponentSummary> components(long sbomId, String q, Pageable pageable) {
        version(sbomId);
        return rows.components(sbomId, q, pageable);
    }

    /** What changed from version {@code fromId} to version {@code toId} of the same system. */
    public SbomDiff diff(long fromId, long toId) {
        SbomSummary from = version(fromId);
        SbomSummary to = version(toId);
        if (!from.systemId().equals(to.systemId())) {
            throw RuleViolationException.invalid("to", "sbom.diff.otherSystem");
        }
        return SbomDiffer.diff(from, rows.allComponents(fromId), to, rows.allComponents(toId));
    }

    /**
     * The system's current SBOM as CycloneDX 1.6 JSON, whatever format it was uploaded in.
     *
     * @throws RecordNotFoundException if the system has no SBOM
     */
    public String exportCurrent(SystemId systemId) {
        SystemSummary system = assets.system(systemId);
        SbomSummary current = current(systemId).orElseThrow(() -> new RecordNotFoundException("sbom", systemId.value()));
        String subject = current.subjectName() != null ? current.subjectName() : system.name();
        return CycloneDxModel.toJson(subject, current.subjectName() != null ? current.subjectVersion() : null,
                rows.allComponents(current.id()), rows.dependencies(current.id()), Date.from(clock.instant()));
    }

    private static RuleViolationException refused(String fileName, SbomFileRefused refusal) {
        Object[] details = refusal.arguments();
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = fileName;
        System.arraycopy(details, 0, arguments, 1, details.length);
        return RuleViolationException.invalid("file", refusal.messageKey(), arguments);
    }

    /** The name without any directory a browser may have sent along. */
    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "sbom";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
