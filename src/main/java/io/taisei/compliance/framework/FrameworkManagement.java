package io.taisei.compliance.framework;

import io.taisei.platform.SizeLimitedInputStream;
import io.taisei.compliance.CatalogId;
import io.taisei.compliance.CatalogItemId;
import io.taisei.compliance.CatalogItemSummary;
import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.CatalogSummary;
import io.taisei.platform.Actor;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Frameworks other than the guideline, in CISO Assistant's library format: import (all or nothing, one transaction),
 * the stored versions and their requirement trees, imported mapping sets, Taisei's own mappings from guideline items to
 * framework requirements, and export of any of them (the guideline included) as library files.
 *
 * <p>Versions: a framework is identified by its urn and each library {@code version} is kept. Importing a higher
 * version adds it beside the earlier ones and makes it current; the same version with the same content changes
 * nothing; the same version with different content, or a version lower than the current one, is refused — a published
 * version must not silently change under what was mapped or assessed against it.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(FrameworkSettings.class)
public class FrameworkManagement {

    public static final Set<String> SORTABLE = Set.of("refId", "name", "importedAt");
    public static final Sort DEFAULT_SORT = Sort.by("refId");
    public static final Sort NODE_SORT = Sort.by("position");
    public static final List<String> RELATIONSHIPS = List.of("equal", "subset", "superset", "intersect", "not_related");
    public static final List<String> RATIONALES = List.of("syntactic", "semantic", "functional");

    private final FrameworkRepository frameworks;
    private final NodeRepository nodes;
    private final MappingSetRepository mappingSets;
    private final MappingRepository mappings;
    private final GuidelineMappingRepository guidelineMappings;
    private final CatalogManagement catalogs;
    private final FrameworkSettings settings;
    private final Clock clock = Clock.systemUTC();

    FrameworkManagement(FrameworkRepository frameworks, NodeRepository nodes, MappingSetRepository mappingSets,
                        MappingRepository mappings, GuidelineMappingRepository guidelineMappings,
                        CatalogManagement catalogs, FrameworkSettings settings) {
        this.frameworks = frameworks;
        this.nodes = nodes;
        this.mappingSets = mappingSets;
        this.mappings = mappings;
        this.guidelineMappings = guidelineMappings;
        this.catalogs = catalogs;
        this.settings = settings;
    }

    public long maxBytes() {
        return settings.maxBytes();
    }

    /** The largest file an import reads, for the import form. */
    public String maxSize() {
        return size(settings.maxBytes());
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** Current versions, filtered by text in ref_id, name or urn. */
    public Page<FrameworkSummary> frameworks(String text, Pageable pageable) {
        return frameworks.findCurrent(pattern(text), pageable).map(this::summary);
    }

    public List<FrameworkSummary> currentFrameworks() {
        return frameworks.findByCurrentVersionTrueOrderByRefId().stream().map(this::summary).toList();
    }

    public Optional<FrameworkSummary> framework(long id) {
        return frameworks.findWithGroupsById(id).map(this::summary);
    }

    public Optional<FrameworkSummary> currentFramework(String urn) {
        return urn == null ? Optional.empty()
                : frameworks.findByUrnAndCurrentVersionTrue(urn.toLowerCase(Locale.ROOT)).map(this::summary);
    }

    /** Every imported version of a framework urn, newest first. */
    public List<FrameworkSummary> versions(String urn) {
        return frameworks.findByUrnOrderByLibraryVersionDesc(urn).stream().map(this::summary).toList();
    }

    /** A page of a framework version's nodes in tree order, filtered by text (ref_id, name, description, urn). */
    public Page<RequirementNodeSummary> nodes(long frameworkId, String text, Pageable pageable) {
        require(frameworkId);
        return nodes.search(frameworkId, pattern(text), pageable).map(NodeEntity::toSummary);
    }

    public List<RequirementNodeSummary> allNodes(long frameworkId) {
        require(frameworkId);
        return nodes.findByFrameworkIdOrderByPosition(frameworkId).stream().map(NodeEntity::toSummary).toList();
    }

    public List<MappingSetSummary> mappingSets() {
        return mappingSets.current().stream().map(MappingSetEntity::toSummary).toList();
    }

    /** The newest version of each imported mapping set from or to a framework. */
    public List<MappingSetSummary> mappingSets(String frameworkUrn) {
        return mappingSets.currentTouching(frameworkUrn).stream().map(MappingSetEntity::toSummary).toList();
    }

    public Optional<MappingSetSummary> mappingSet(long id) {
        return mappingSets.findById(id).map(MappingSetEntity::toSummary);
    }

    public Page<RequirementMappingSummary> mappings(long mappingSetId, Pageable pageable) {
        if (!mappingSets.existsById(mappingSetId)) {
            throw new RecordNotFoundException("mapping set", mappingSetId);
        }
        return mappings.findByMappingSetIdOrderByPosition(mappingSetId, pageable).map(MappingEntity::toSummary);
    }

    // ---- import --------------------------------------------------------------------------------------------------

    /**
     * Imports a library file: its framework (with every node) and its mapping sets, in one transaction. A mapping set
     * whose source is a guideline catalog (as exported by Taisei) becomes guideline mappings.
     *
     * @throws RuleViolationException naming the reason and line (400), or a version clash (409); nothing is stored
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportResult importLibrary(String fileName, long declaredSize, InputStream content) {
        long limit = settings.maxBytes();
        if (declaredSize > limit) {
            throw RuleViolationException.invalid("file", "framework.import.tooLarge", size(limit));
        }
        if (declaredSize == 0) {
            throw RuleViolationException.invalid("file", "framework.import.empty");
        }
        LibraryDocument document;
        try (InputStream limited = new SizeLimitedInputStream(content, limit)) {
            document = LibraryParser.parse(limited, settings.maxCodePoints());
        } catch (LibraryFormatException e) {
            throw RuleViolationException.invalid("file", e.messageKey(), e.arguments());
        } catch (SizeLimitedInputStream.TooLargeException e) {
            throw RuleViolationException.invalid("file", "framework.import.tooLarge", size(limit));
        } catch (IOException e) {
            throw RuleViolationException.invalid("file", "framework.import.unreadable");
        }
        return store(document, fileName);
    }

    private ImportResult store(LibraryDocument document, String fileName) {
        Instant now = clock.instant();
        String by = Actor.current().describe();
        LibraryDocument.Library library = document.library();
        ImportResult.Outcome outcome = null;
        Long frameworkId = null;
        LibraryDocument.Framework framework = document.framework();
        if (framework != null) {
            String hash = LibraryDocument.hash(library, framework);
            String translationsHash = LibraryDocument.translationsHash(library, framework);
            Optional<FrameworkEntity> same = frameworks.findByUrnAndLibraryVersion(framework.urn(), library.version());
            if (same.isPresent()) {
                outcome = reimport(same.get(), library, framework, hash, translationsHash);
                frameworkId = same.get().getId();
            } else {
                Optional<FrameworkEntity> current = frameworks.findByUrnAndCurrentVersionTrue(framework.urn());
                if (current.isPresent() && current.get().getLibraryVersion() > library.version()) {
                    throw RuleViolationException.conflict("file", "framework.import.olderVersion", framework.urn(),
                            library.version(), current.get().getLibraryVersion());
                }
                current.ifPresent(c -> {
                    c.supersede();
                    frameworks.saveAndFlush(c);
                });
                FrameworkEntity saved = frameworks.save(new FrameworkEntity(library, framework, hash, translationsHash,
                        fileName, now, by));
                List<NodeEntity> rows = new ArrayList<>(framework.nodes().size());
                int position = 0;
                for (LibraryDocument.Node node : framework.nodes()) {
                    rows.add(new NodeEntity(saved.getId(), node, position++));
                }
                nodes.saveAll(rows);
                outcome = current.isPresent() ? ImportResult.Outcome.NEW_VERSION : ImportResult.Outcome.IMPORTED;
                frameworkId = saved.getId();
            }
        }
        int imported = 0;
        int unchanged = 0;
        int translated = 0;
        int guideline = 0;
        for (LibraryDocument.MappingSet set : document.mappingSets()) {
            Side source = side(set.sourceFrameworkUrn(), set.line());
            Side target = side(set.targetFrameworkUrn(), set.line());
            for (LibraryDocument.Mapping m : set.mappings()) {
                if (!source.urns().contains(m.sourceRequirementUrn())) {
                    throw RuleViolationException.invalid("file", "framework.import.mappingRequirementUnknown",
                            m.sourceRequirementUrn(), set.sourceFrameworkUrn(), m.line());
                }
                if (!target.urns().contains(m.targetRequirementUrn())) {
                    throw RuleViolationException.invalid("file", "framework.import.mappingRequirementUnknown",
                            m.targetRequirementUrn(), set.targetFrameworkUrn(), m.line());
                }
            }
            if (source.catalog() != null && target.catalog() == null) {
                guideline += storeGuidelineMappings(source, set, now, by);
                continue;
            }
            String hash = LibraryDocument.hash(library, set);
            String translationsHash = LibraryDocument.translationsHash(library, set);
            Optional<MappingSetEntity> same = mappingSets.findByUrnAndLibraryVersion(set.urn(), library.version());
            if (same.isPresent()) {
                if (reimportMappingSet(same.get(), library, set, hash, translationsHash)) {
                    translated++;
                } else {
                    unchanged++;
                }
                continue;
            }
            Optional<MappingSetEntity> newest = mappingSets.findFirstByUrnOrderByLibraryVersionDesc(set.urn());
            if (newest.isPresent() && newest.get().getLibraryVersion() > library.version()) {
                throw RuleViolationException.conflict("file", "framework.import.olderVersion", set.urn(),
                        library.version(), newest.get().getLibraryVersion());
            }
            MappingSetEntity saved = mappingSets.save(new MappingSetEntity(library, set, hash, translationsHash, now, by));
            List<MappingEntity> rows = new ArrayList<>();
            int position = 0;
            for (LibraryDocument.Mapping m : set.mappings()) {
                rows.add(new MappingEntity(saved.getId(), m, position++));
            }
            mappings.saveAll(rows);
            imported++;
        }
        return new ImportResult(library.urn(), library.version(), outcome, frameworkId,
                framework == null ? null : framework.urn(), framework == null ? 0 : framework.nodes().size(),
                imported, unchanged, translated, guideline, document.ignoredFields());
    }

    /**
     * The same version of a mapping set again: unchanged if the file says what Taisei keeps of it, refused if it
     * differs. A set imported before Taisei kept translations takes them from the file now (returns true), as long as
     * its content is the same.
     */
    private boolean reimportMappingSet(MappingSetEntity stored, LibraryDocument.Library library,
                                       LibraryDocument.MappingSet set, String hash, String translationsHash) {
        boolean sameContent = stored.getContentHash().equals(hash);
        if (sameContent && translationsHash.equals(stored.getTranslationsHash())) {
            return false;
        }
        if (!sameContent || stored.getTranslationsHash() != null) {
            throw RuleViolationException.conflict("file", "framework.import.versionConflict", set.urn(),
                    library.version());
        }
        stored.keepTranslations(library, set, translationsHash);
        mappingSets.save(stored);
        return !library.translations().isEmpty() || !set.translations().isEmpty();
    }

    /**
     * The same version again: unchanged if it is the same file as far as Taisei keeps it, refused if it differs. A
     * version imported before Taisei kept translations takes them (and the library's description) from the file now,
     * as long as its content is the same.
     */
    private ImportResult.Outcome reimport(FrameworkEntity stored, LibraryDocument.Library library,
                                          LibraryDocument.Framework framework, String hash, String translationsHash) {
        boolean sameContent = stored.getContentHash().equals(hash);
        if (sameContent && translationsHash.equals(stored.getTranslationsHash())) {
            return ImportResult.Outcome.UNCHANGED;
        }
        if (!sameContent || stored.getTranslationsHash() != null) {
            throw RuleViolationException.conflict("file", "framework.import.versionConflict", framework.urn(),
                    library.version());
        }
        stored.keepTexts(library, framework, translationsHash);
        frameworks.save(stored);
        Map<String, LibraryDocument.Node> byUrn = framework.nodes().stream()
                .collect(Collectors.toMap(LibraryDocument.Node::urn, Function.identity()));
        boolean translated = !library.translations().isEmpty() || !framework.translations().isEmpty()
                || framework.implementationGroups().stream().anyMatch(g -> !g.translations().isEmpty());
        for (NodeEntity node : nodes.findByFrameworkIdOrderByPosition(stored.getId())) {
            Map<String, Translation> texts = byUrn.get(node.getUrn()).translations();
            if (!texts.isEmpty()) {
                node.translate(texts);
                translated = true;
            }
        }
        return translated ? ImportResult.Outcome.TRANSLATIONS_ADDED : ImportResult.Outcome.UNCHANGED;
    }

    /** One side of a mapping set: a guideline catalog (its items' urns) or a stored framework's current version. */
    private record Side(CatalogSummary catalog, Map<String, String> itemKeys, Set<String> urns) {
    }

    private Side side(String frameworkUrn, int line) {
        for (CatalogSummary catalog : catalogs.catalogs()) {
            if (GuidelineFrameworks.frameworkUrn(catalog).equals(frameworkUrn)) {
                Map<String, String> keys = new HashMap<>();
                for (CatalogItemSummary item : catalogs.allItems(catalog.id())) {
                    keys.put(GuidelineFrameworks.nodeUrn(catalog, item.key()), item.key());
                }
                return new Side(catalog, keys, keys.keySet());
            }
        }
        FrameworkEntity framework = frameworks.findByUrnAndCurrentVersionTrue(frameworkUrn).orElseThrow(() ->
                RuleViolationException.invalid("file", "framework.import.mappingFrameworkUnknown", frameworkUrn, line));
        return new Side(null, Map.of(), new HashSet<>(nodes.urns(framework.getId())));
    }

    private int storeGuidelineMappings(Side source, LibraryDocument.MappingSet set, Instant now, String by) {
        int count = 0;
        for (LibraryDocument.Mapping m : set.mappings()) {
            String itemKey = source.itemKeys().get(m.sourceRequirementUrn());
            GuidelineMappingEntity entity = guidelineMappings.findByCatalogIdAndItemKeyAndRequirementUrn(
                            source.catalog().id().value(), itemKey, m.targetRequirementUrn())
                    .orElseGet(() -> new GuidelineMappingEntity(source.catalog().id().value(), itemKey,
                            set.targetFrameworkUrn(), m.targetRequirementUrn()));
            entity.change(m.relationship(), m.rationale(), m.strengthOfRelationship(), m.annotation(), now, by);
            guidelineMappings.save(entity);
            count++;
        }
        return count;
    }

    // ---- guideline mappings --------------------------------------------------------------------------------------

    public List<GuidelineMappingSummary> guidelineMappings(CatalogItemId item) {
        return summaries(guidelineMappings.findByCatalogIdAndItemKeyOrderByFrameworkUrnAscRequirementUrnAsc(
                item.catalog().value(), item.key()));
    }

    public List<GuidelineMappingSummary> guidelineMappings(CatalogId catalog, String frameworkUrn) {
        return summaries(guidelineMappings.findByCatalogIdAndFrameworkUrnOrderByItemKeyAscRequirementUrnAsc(
                catalog.value(), frameworkUrn));
    }

    /** Guideline items mapped to one requirement of a framework (any catalog revision). */
    public List<GuidelineMappingSummary> guidelineMappingsTo(String frameworkUrn, String requirementUrn) {
        return summaries(guidelineMappings.findByFrameworkUrnAndRequirementUrn(frameworkUrn, requirementUrn));
    }

    public Optional<GuidelineMappingSummary> guidelineMapping(long id) {
        return guidelineMappings.findById(id).map(e -> summaries(List.of(e)).get(0));
    }

    @Transactional
    public GuidelineMappingSummary createGuidelineMapping(CatalogId catalog, GuidelineMappingDraft draft) {
        catalogs.catalog(catalog).orElseThrow(() -> RuleViolationException.invalid("catalog", "framework.mapping.catalogUnknown"));
        validate(draft);
        String itemKey = draft.itemKey().strip();
        if (catalogs.item(new CatalogItemId(catalog, itemKey)).isEmpty()) {
            throw RuleViolationException.invalid("itemKey", "framework.mapping.itemUnknown", itemKey);
        }
        FrameworkEntity framework = frameworks.findByUrnAndCurrentVersionTrue(draft.frameworkUrn().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> RuleViolationException.invalid("frameworkUrn", "framework.mapping.frameworkUnknown",
                        draft.frameworkUrn()));
        NodeEntity node = requirement(framework, draft.requirement());
        if (guidelineMappings.findByCatalogIdAndItemKeyAndRequirementUrn(catalog.value(), itemKey, node.getUrn()).isPresent()) {
            throw RuleViolationException.conflict("requirement", "framework.mapping.duplicate", itemKey, node.getUrn());
        }
        GuidelineMappingEntity entity = new GuidelineMappingEntity(catalog.value(), itemKey, framework.getUrn(), node.getUrn());
        apply(entity, draft);
        return summaries(List.of(guidelineMappings.saveAndFlush(entity))).get(0);
    }

    /** Changes how an item and a requirement relate (not which ones: delete and create for that). */
    @Transactional
    public GuidelineMappingSummary updateGuidelineMapping(long id, GuidelineMappingDraft draft, Long expectedVersion) {
        GuidelineMappingEntity entity = guidelineMappings.findById(id)
                .orElseThrow(() -> new RecordNotFoundException("guideline mapping", id));
        checkVersion(entity, expectedVersion);
        if (!entity.getItemKey().equals(draft.itemKey().strip())
                || !entity.getFrameworkUrn().equals(draft.frameworkUrn().strip().toLowerCase(Locale.ROOT))) {
            throw RuleViolationException.invalid("itemKey", "framework.mapping.fixedEnds");
        }
        FrameworkEntity framework = frameworks.findByUrnAndCurrentVersionTrue(entity.getFrameworkUrn()).orElse(null);
        String requirementUrn = framework == null ? draft.requirement().strip().toLowerCase(Locale.ROOT)
                : requirement(framework, draft.requirement()).getUrn();
        if (!entity.getRequirementUrn().equals(requirementUrn)) {
            throw RuleViolationException.invalid("requirement", "framework.mapping.fixedEnds");
        }
        apply(entity, draft);
        return summaries(List.of(guidelineMappings.saveAndFlush(entity))).get(0);
    }

    @Transactional
    public void deleteGuidelineMapping(long id, Long expectedVersion) {
        GuidelineMappingEntity entity = guidelineMappings.findById(id)
                .orElseThrow(() -> new RecordNotFoundException("guideline mapping", id));
        checkVersion(entity, expectedVersion);
        guidelineMappings.delete(entity);
    }

    private static void validate(GuidelineMappingDraft draft) {
        if (!RELATIONSHIPS.contains(draft.relationship().strip().toLowerCase(Locale.ROOT))) {
            throw RuleViolationException.invalid("relationship", "framework.mapping.relationship");
        }
        Integer strength = draft.strengthOfRelationship();
        if (strength != null && (strength < 0 || strength > 10)) {
            throw RuleViolationException.invalid("strengthOfRelationship", "framework.mapping.strength");
        }
    }

    private void apply(GuidelineMappingEntity entity, GuidelineMappingDraft draft) {
        validate(draft);
        entity.change(draft.relationship().strip().toLowerCase(Locale.ROOT), blankToNull(draft.rationale()),
                draft.strengthOfRelationship(), blankToNull(draft.note()), clock.instant(), Actor.current().describe());
    }

    private static void checkVersion(GuidelineMappingEntity entity, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != entity.getVersion()) {
            throw new OptimisticLockingFailureException("guideline mapping " + entity.getId() + " has changed");
        }
    }

    /** A requirement of the framework's current version, named by urn or by ref_id. */
    private NodeEntity requirement(FrameworkEntity framework, String requirement) {
        String value = requirement.strip();
        Optional<NodeEntity> byUrn = nodes.findByFrameworkIdAndUrn(framework.getId(), value.toLowerCase(Locale.ROOT));
        if (byUrn.isPresent()) {
            return byUrn.get();
        }
        List<NodeEntity> byRef = nodes.findByFrameworkIdAndRefId(framework.getId(), value);
        if (byRef.size() == 1) {
            return byRef.get(0);
        }
        throw RuleViolationException.invalid("requirement", byRef.isEmpty() ? "framework.mapping.requirementUnknown"
                : "framework.mapping.requirementAmbiguous", value);
    }

    private List<GuidelineMappingSummary> summaries(List<GuidelineMappingEntity> entities) {
        Map<String, FrameworkEntity> byUrn = new HashMap<>();
        Map<String, Map<String, NodeEntity>> nodesByFramework = new HashMap<>();
        entities.stream().map(GuidelineMappingEntity::getFrameworkUrn).distinct().forEach(urn ->
                frameworks.findByUrnAndCurrentVersionTrue(urn).ifPresent(f -> {
                    byUrn.put(urn, f);
                    Set<String> wanted = entities.stream().filter(e -> e.getFrameworkUrn().equals(urn))
                            .map(GuidelineMappingEntity::getRequirementUrn).collect(Collectors.toSet());
                    nodesByFramework.put(urn, nodes.findByFrameworkIdAndUrnIn(f.getId(), wanted).stream()
                            .collect(Collectors.toMap(NodeEntity::getUrn, Function.identity())));
                }));
        return entities.stream().map(e -> {
            FrameworkEntity f = byUrn.get(e.getFrameworkUrn());
            NodeEntity n = nodesByFramework.getOrDefault(e.getFrameworkUrn(), Map.of()).get(e.getRequirementUrn());
            RequirementNodeSummary node = n == null ? null : n.toSummary();
            return new GuidelineMappingSummary(e.getId(), e.getCatalogId(), e.getItemKey(), e.getFrameworkUrn(),
                    f == null ? null : f.getName(), e.getRequirementUrn(), node == null ? null : node.refId(),
                    node == null ? null : node.name(), e.getRelationship(), e.getRationale(),
                    e.getStrengthOfRelationship(), e.getNote(), e.getVersion(), e.getUpdatedAt(), e.getUpdatedBy(),
                    f == null ? Map.of() : f.translations(FrameworkTranslationValue.FRAMEWORK, null),
                    node == null ? Map.of() : node.translations());
        }).toList();
    }

    // ---- export --------------------------------------------------------------------------------------------------

    /** A file name and the library YAML. */
    public record Export(String fileName, String yaml) {
    }

    public Export exportFramework(long id) {
        FrameworkEntity f = frameworks.findWithGroupsById(id).orElseThrow(() -> new RecordNotFoundException("framework", id));
        LibraryDocument.Library library = new LibraryDocument.Library(f.getLibraryUrn(), f.getLocale(),
                f.getLibraryRefId(), f.getLibraryName() == null ? f.getName() : f.getLibraryName(),
                f.getLibraryDescription(), f.getCopyright(), f.getLibraryVersion(), f.getPublicationDate(),
                f.getProvider(), f.getPackager(), f.translations(FrameworkTranslationValue.LIBRARY, null));
        List<LibraryDocument.ImplementationGroup> groups = f.getImplementationGroups().stream()
                .map(g -> new LibraryDocument.ImplementationGroup(g.refId(), g.name(), g.description(),
                        f.translations(FrameworkTranslationValue.GROUP, g.refId()))).toList();
        List<LibraryDocument.Node> tree = nodes.findByFrameworkIdOrderByPosition(id).stream()
                .map(NodeEntity::toDocument).toList();
        LibraryDocument.Framework framework = new LibraryDocument.Framework(f.getUrn(), f.getRefId(), f.getName(),
                f.getDescription(), groups, tree, f.translations(FrameworkTranslationValue.FRAMEWORK, null));
        String yaml = LibraryWriter.write(new LibraryDocument(library, framework, List.of(), List.of()), List.of());
        return new Export(fileName(f.getLibraryRefId() + "-v" + f.getLibraryVersion()), yaml);
    }

    /**
     * An imported mapping set as a library of its own, under the urn and version of the library it came in, naming the
     * libraries of its two frameworks where they are imported.
     */
    public Export exportMappingSet(long id) {
        MappingSetEntity set = mappingSets.findById(id).orElseThrow(() -> new RecordNotFoundException("mapping set", id));
        List<LibraryDocument.Mapping> rows = mappings.findByMappingSetIdOrderByPosition(set.getId()).stream()
                .map(MappingEntity::toDocument).toList();
        List<String> dependencies = new ArrayList<>();
        for (String frameworkUrn : List.of(set.getSourceFrameworkUrn(), set.getTargetFrameworkUrn())) {
            frameworks.findByUrnAndCurrentVersionTrue(frameworkUrn).map(FrameworkEntity::getLibraryUrn)
                    .filter(urn -> !dependencies.contains(urn)).ifPresent(dependencies::add);
        }
        LibraryDocument document = set.toDocument(rows);
        String yaml = LibraryWriter.write(document, dependencies);
        return new Export(fileName(document.library().refId() + "-v" + set.getLibraryVersion()), yaml);
    }

    /** The guideline catalog revision as a framework library. */
    public Export exportGuideline(CatalogId catalogId) {
        CatalogSummary catalog = catalogs.catalog(catalogId)
                .orElseThrow(() -> new RecordNotFoundException("catalog", catalogId.value()));
        LibraryDocument.Framework framework = GuidelineFrameworks.build(catalog, catalogs.sections(catalogId),
                catalogs.allItems(catalogId));
        String yaml = LibraryWriter.write(new LibraryDocument(GuidelineFrameworks.library(catalog), framework,
                List.of(), List.of()), List.of());
        return new Export(fileName(GuidelineFrameworks.slug(catalog)), yaml);
    }

    public String guidelineFrameworkUrn(CatalogId catalogId) {
        return catalogs.catalog(catalogId).map(GuidelineFrameworks::frameworkUrn)
                .orElseThrow(() -> new RecordNotFoundException("catalog", catalogId.value()));
    }

    /**
     * Taisei's mappings from one guideline revision to one framework, as a mapping library (source: the guideline as
     * exported by {@link #exportGuideline}). Its version is the minute of the newest change, so a later export
     * supersedes an earlier one when loaded into CISO Assistant.
     */
    public Export exportGuidelineMappings(CatalogId catalogId, String frameworkUrn) {
        CatalogSummary catalog = catalogs.catalog(catalogId)
                .orElseThrow(() -> new RecordNotFoundException("catalog", catalogId.value()));
        FrameworkEntity framework = frameworks.findByUrnAndCurrentVersionTrue(frameworkUrn.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new RecordNotFoundException("framework", frameworkUrn));
        List<GuidelineMappingEntity> rows = guidelineMappings
                .findByCatalogIdAndFrameworkUrnOrderByItemKeyAscRequirementUrnAsc(catalogId.value(), framework.getUrn());
        String target = framework.getUrn().substring(framework.getUrn().lastIndexOf(':') + 1);
        String name = GuidelineFrameworks.slug(catalog) + "-to-" + target;
        List<LibraryDocument.Mapping> list = rows.stream().map(r -> new LibraryDocument.Mapping(
                GuidelineFrameworks.nodeUrn(catalog, r.getItemKey()), r.getRequirementUrn(), r.getRelationship(),
                r.getRationale(), r.getStrengthOfRelationship(), r.getNote(), 0)).toList();
        int version = (int) Math.max(1, rows.stream().mapToLong(r -> r.getUpdatedAt().getEpochSecond() / 60)
                .max().orElse(1));
        LibraryDocument.Library library = new LibraryDocument.Library(GuidelineFrameworks.PREFIX + "library:mapping-" + name,
                "ja", "mapping-" + name, catalog.titleJa() + " → " + framework.getName(),
                "Taisei's mapping from guideline items to " + framework.getName(), null, version, LibraryWriter.today(),
                "Taisei", "Taisei", Map.of());
        LibraryDocument.MappingSet set = new LibraryDocument.MappingSet(GuidelineFrameworks.PREFIX + "req_mapping_set:" + name,
                name, catalog.titleJa() + " → " + framework.getName(), null, GuidelineFrameworks.frameworkUrn(catalog),
                framework.getUrn(), list, Map.of(), 0);
        String yaml = LibraryWriter.write(new LibraryDocument(library, null, List.of(set), List.of()),
                List.of(GuidelineFrameworks.library(catalog).urn(), framework.getLibraryUrn()));
        return new Export(fileName("mapping-" + name), yaml);
    }

    /** CISO Assistant's own NIST CSF 2.0 library, which the guideline's CSF mapping is exported against. */
    public static final String NIST_CSF_LIBRARY = "urn:intuitem:risk:library:nist-csf-2.0";
    public static final String NIST_CSF_FRAMEWORK = "urn:intuitem:risk:framework:nist-csf-2.0";
    private static final String NIST_CSF_NODE = "urn:intuitem:risk:req_node:nist-csf-2.0:";

    /**
     * The catalog's own (unofficial) mapping of items to NIST CSF 2.0 categories as a mapping library against CISO
     * Assistant's NIST CSF 2.0 framework, so that tool shows the guideline beside CSF at once. A catalog revision never
     * changes, so neither does this file: its version is 1.
     */
    public Export exportGuidelineCsfMapping(CatalogId catalogId) {
        CatalogSummary catalog = catalogs.catalog(catalogId)
                .orElseThrow(() -> new RecordNotFoundException("catalog", catalogId.value()));
        List<LibraryDocument.Mapping> list = new ArrayList<>();
        for (CatalogItemSummary item : catalogs.allItems(catalogId)) {
            item.csf().forEach(csf -> list.add(new LibraryDocument.Mapping(GuidelineFrameworks.nodeUrn(catalog, item.key()),
                    NIST_CSF_NODE + csf.category().toLowerCase(Locale.ROOT), "intersect", null, null, null, 0)));
        }
        String name = GuidelineFrameworks.slug(catalog) + "-to-nist-csf-2.0";
        String unofficial = "Taisei's own mapping of guideline items to NIST CSF 2.0 categories. Unofficial: "
                + "neither the FSA nor NIST publishes it.";
        LibraryDocument.Library library = new LibraryDocument.Library(GuidelineFrameworks.PREFIX + "library:mapping-" + name,
                "ja", "mapping-" + name, catalog.titleJa() + " → NIST CSF 2.0(非公式)", unofficial, null, 1,
                catalog.issuedOn(), "Taisei", "Taisei", Map.of());
        LibraryDocument.MappingSet set = new LibraryDocument.MappingSet(GuidelineFrameworks.PREFIX + "req_mapping_set:" + name,
                name, catalog.titleJa() + " → NIST CSF 2.0(非公式)", unofficial,
                GuidelineFrameworks.frameworkUrn(catalog), NIST_CSF_FRAMEWORK, list, Map.of(), 0);
        String yaml = LibraryWriter.write(new LibraryDocument(library, null, List.of(set), List.of()),
                List.of(GuidelineFrameworks.library(catalog).urn(), NIST_CSF_LIBRARY));
        return new Export(fileName("mapping-" + name), yaml);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private FrameworkEntity require(long id) {
        return frameworks.findById(id).orElseThrow(() -> new RecordNotFoundException("framework", id));
    }

    private FrameworkSummary summary(FrameworkEntity f) {
        List<FrameworkSummary.ImplementationGroup> groups = f.getImplementationGroups().stream()
                .map(g -> new FrameworkSummary.ImplementationGroup(g.refId(), g.name(), g.description(),
                        f.translations(FrameworkTranslationValue.GROUP, g.refId()))).toList();
        return new FrameworkSummary(f.getId(), f.getUrn(), f.getLibraryVersion(), f.isCurrentVersion(), f.getRefId(),
                f.getName(), f.getDescription(), f.getLibraryUrn(), f.getLibraryRefId(), f.getLibraryName(),
                f.getLibraryDescription(), f.getLocale(), f.getProvider(), f.getPackager(), f.getCopyright(),
                f.getPublicationDate(), f.getNodeCount(), groups, f.getContentHash(), f.getSource(), f.getImportedAt(),
                f.getImportedBy(), f.translations(FrameworkTranslationValue.FRAMEWORK, null),
                f.translations(FrameworkTranslationValue.LIBRARY, null));
    }

    /** User text is matched literally and case-insensitively: % and _ are not wildcards. */
    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String fileName(String base) {
        return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-") + ".yaml";
    }

    /** A limit as people say it: whole megabytes, or kilobytes below one megabyte. */
    public static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}
