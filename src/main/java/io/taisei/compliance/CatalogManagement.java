package io.taisei.compliance;

import io.taisei.compliance.internal.CatalogDiffer;
import io.taisei.compliance.internal.CatalogEntity;
import io.taisei.compliance.internal.CatalogRepository;
import io.taisei.compliance.internal.ItemEntity;
import io.taisei.compliance.internal.ItemRepository;
import io.taisei.compliance.internal.ItemSpecifications;
import io.taisei.compliance.internal.SectionEntity;
import io.taisei.compliance.internal.SectionRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The guideline catalogs: which revisions are loaded, their sections and items, filtering and paging in SQL, and the
 * differences between two revisions. Read-only: catalogs enter only through the start-up loader.
 */
@Service
@Transactional(readOnly = true)
public class CatalogManagement {

    /** Properties an item list may be sorted by. */
    public static final Set<String> SORTABLE = Set.of("position", "itemKey", "kind");
    public static final Sort DEFAULT_SORT = Sort.by("position");

    private final CatalogRepository catalogs;
    private final SectionRepository sections;
    private final ItemRepository items;

    CatalogManagement(CatalogRepository catalogs, SectionRepository sections, ItemRepository items) {
        this.catalogs = catalogs;
        this.sections = sections;
        this.items = items;
    }

    /** Every loaded revision, newest first within each guideline. */
    public List<CatalogSummary> catalogs() {
        return catalogs.findAllByOrderByGuidelineIdAscIssuedOnDescRevisionDesc().stream().map(this::summary).toList();
    }

    public Optional<CatalogSummary> catalog(CatalogId id) {
        return catalogs.findById(id.value()).map(this::summary);
    }

    public Optional<CatalogSummary> catalog(String guidelineId, String revision) {
        return catalogs.findByGuidelineIdAndRevision(guidelineId, revision).map(this::summary);
    }

    /** Sections in guideline order, each with its own item counts and those including its subsections. */
    public List<CatalogSectionSummary> sections(CatalogId id) {
        CatalogEntity catalog = require(id);
        Map<String, long[]> direct = directCounts(catalog.getId());
        List<SectionEntity> all = sections.findByCatalogIdOrderByPosition(catalog.getId());
        return all.stream().map(section -> {
            long[] own = direct.getOrDefault(section.getNumber(), new long[2]);
            long[] total = new long[2];
            direct.forEach((number, counts) -> {
                if (number.equals(section.getNumber()) || number.startsWith(section.getNumber() + ".")) {
                    total[0] += counts[0];
                    total[1] += counts[1];
                }
            });
            return new CatalogSectionSummary(section.getNumber(), section.getParentNumber(), section.getDepth(),
                    section.getTitleJa(), section.getTitleEn(), own[0], own[1], total[0], total[1]);
        }).toList();
    }

    /** A page of a catalog's items; filters and paging run in the database. */
    public Page<CatalogItemSummary> items(CatalogId id, CatalogItemFilter filter, Pageable pageable) {
        CatalogEntity catalog = require(id);
        Page<ItemEntity> page = items.findAll(ItemSpecifications.matching(catalog.getId(), filter), pageable);
        // a second query fetches sections, features and CSF mappings of just this page, avoiding one query per item
        List<Long> ids = page.getContent().stream().map(ItemEntity::getId).toList();
        Map<Long, ItemEntity> detailed = ids.isEmpty() ? Map.of()
                : items.findByIdIn(ids).stream().collect(Collectors.toMap(ItemEntity::getId, Function.identity()));
        List<CatalogItemSummary> content = ids.stream().map(detailed::get).map(this::summary).toList();
        return new PageImpl<>(content, pageable, page.getTotalElements());
    }

    /** Every item of a catalog in guideline order. */
    public List<CatalogItemSummary> allItems(CatalogId id) {
        CatalogEntity catalog = require(id);
        return items.findByCatalogIdOrderByPosition(catalog.getId()).stream().map(this::summary).toList();
    }

    public Optional<CatalogItemSummary> item(CatalogItemId id) {
        return items.findByCatalogIdAndItemKey(id.catalog().value(), id.key()).map(this::summary);
    }

    /** What changed from one revision to another: items added, removed, and changed (kind, summaries, mappings). */
    public CatalogDiff diff(CatalogId from, CatalogId to) {
        CatalogSummary before = summary(require(from));
        CatalogSummary after = summary(require(to));
        CatalogDiffer.Result result = CatalogDiffer.compare(allItems(from), allItems(to));
        return new CatalogDiff(before, after, result.added(), result.removed(), result.changed());
    }

    private CatalogEntity require(CatalogId id) {
        return catalogs.findById(id.value()).orElseThrow(() -> new CatalogNotFoundException("catalog " + id.value()));
    }

    private Map<String, long[]> directCounts(Long catalogId) {
        Map<String, long[]> counts = new HashMap<>();
        for (ItemRepository.SectionCount row : items.countBySection(catalogId)) {
            counts.computeIfAbsent(row.getSection(), k -> new long[2])[row.getKind() == ItemKind.FUNDAMENTAL ? 0 : 1]
                    += row.getItems();
        }
        return counts;
    }

    private CatalogSummary summary(CatalogEntity c) {
        long fundamental = 0;
        long recommended = 0;
        for (long[] counts : directCounts(c.getId()).values()) {
            fundamental += counts[0];
            recommended += counts[1];
        }
        return new CatalogSummary(new CatalogId(c.getId()), c.getGuidelineId(), c.getRevision(), c.getTitleJa(),
                c.getTitleEn(), c.getPublisherJa(), c.getPublisherEn(), c.getIssuedOn(), c.getNoteJa(), c.getNoteEn(),
                c.isCsfUnofficial(), c.getSource(), c.getContentHash(), c.getLoadedAt(), fundamental, recommended);
    }

    private CatalogItemSummary summary(ItemEntity item) {
        List<CsfMapping> csf = item.getCsf().stream().map(c -> new CsfMapping(c.function(), c.category()))
                .sorted(Comparator.comparing(CsfMapping::category)).toList();
        List<String> features = item.getFeatures().stream().sorted().toList();
        return new CatalogItemSummary(new CatalogItemId(new CatalogId(item.getCatalogId()), item.getItemKey()),
                item.getSection().getNumber(), item.getKind(), item.getSummaryJa(), item.getSummaryEn(), features, csf);
    }
}
