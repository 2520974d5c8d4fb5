package io.taisei.compliance.api;

import io.taisei.compliance.CatalogDiff;
import io.taisei.compliance.CatalogId;
import io.taisei.compliance.CatalogItemChange;
import io.taisei.compliance.CatalogItemFilter;
import io.taisei.compliance.CatalogItemId;
import io.taisei.compliance.CatalogItemSummary;
import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.CatalogNotFoundException;
import io.taisei.compliance.CatalogSectionSummary;
import io.taisei.compliance.CatalogSummary;
import io.taisei.compliance.CsfMapping;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The guideline catalogs, read-only. The CSF mapping in every answer is Taisei's own and flagged unofficial. */
@RestController
@RequestMapping("/api/v1/compliance/catalogs")
class CatalogApiController {

    private final CatalogManagement catalogs;

    CatalogApiController(CatalogManagement catalogs) {
        this.catalogs = catalogs;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('compliance.read')")
    List<CatalogJson> list() {
        return catalogs.catalogs().stream().map(CatalogJson::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('compliance.read')")
    CatalogDetailJson catalog(@PathVariable long id) {
        CatalogSummary catalog = catalogs.catalog(new CatalogId(id))
                .orElseThrow(() -> new CatalogNotFoundException("catalog " + id));
        return new CatalogDetailJson(CatalogJson.of(catalog),
                catalogs.sections(catalog.id()).stream().map(SectionJson::of).toList());
    }

    @GetMapping("/{id}/items")
    @PreAuthorize("hasAuthority('compliance.read')")
    PageResponse<ItemJson> items(@PathVariable long id,
                                 @RequestParam(required = false) String kind,
                                 @RequestParam(required = false) String section,
                                 @RequestParam(required = false) String csf,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) String sort) {
        CatalogItemFilter filter = CatalogItemFilter.parse(kind, section, csf, q);
        var pageable = Paging.of(page, size, sort, CatalogManagement.SORTABLE, CatalogManagement.DEFAULT_SORT);
        return PageResponse.of(catalogs.items(new CatalogId(id), filter, pageable), ItemJson::of);
    }

    @GetMapping("/{id}/items/{itemId}")
    @PreAuthorize("hasAuthority('compliance.read')")
    ItemJson item(@PathVariable long id, @PathVariable String itemId) {
        return catalogs.item(new CatalogItemId(new CatalogId(id), itemId)).map(ItemJson::of)
                .orElseThrow(() -> new CatalogNotFoundException("item " + itemId));
    }

    @GetMapping("/diff")
    @PreAuthorize("hasAuthority('compliance.read')")
    DiffJson diff(@RequestParam long from, @RequestParam long to) {
        CatalogDiff diff = catalogs.diff(new CatalogId(from), new CatalogId(to));
        return new DiffJson(CatalogJson.of(diff.from()), CatalogJson.of(diff.to()),
                diff.added().stream().map(ItemJson::of).toList(),
                diff.removed().stream().map(ItemJson::of).toList(),
                diff.changed().stream().map(ChangeJson::of).toList());
    }

    record Text(String ja, String en) {
    }

    record CatalogJson(long id, String guidelineId, String revision, Text title, Text publisher, LocalDate issued,
                       Text note, String contentHash, Instant loadedAt, long fundamentalItems, long recommendedItems,
                       boolean csfMappingUnofficial) {
        static CatalogJson of(CatalogSummary c) {
            return new CatalogJson(c.id().value(), c.guidelineId(), c.revision(), new Text(c.titleJa(), c.titleEn()),
                    new Text(c.publisherJa(), c.publisherEn()), c.issuedOn(),
                    c.noteJa() == null ? null : new Text(c.noteJa(), c.noteEn()), c.contentHash(), c.loadedAt(),
                    c.fundamentalItems(), c.recommendedItems(), c.csfUnofficial());
        }
    }

    record SectionJson(String number, String parent, Text title, long fundamentalItems, long recommendedItems,
                       long fundamentalItemsWithSubsections, long recommendedItemsWithSubsections) {
        static SectionJson of(CatalogSectionSummary s) {
            return new SectionJson(s.number(), s.parentNumber(), new Text(s.titleJa(), s.titleEn()),
                    s.fundamentalItems(), s.recommendedItems(), s.totalFundamentalItems(), s.totalRecommendedItems());
        }
    }

    record CatalogDetailJson(CatalogJson catalog, List<SectionJson> sections) {
    }

    record CsfJson(String function, String category) {
        static CsfJson of(CsfMapping m) {
            return new CsfJson(m.function(), m.category());
        }
    }

    record ItemJson(String id, long catalogId, String section, String kind, Text summary, List<String> features,
                    List<CsfJson> csf, boolean csfMappingUnofficial) {
        static ItemJson of(CatalogItemSummary i) {
            return new ItemJson(i.key(), i.id().catalog().value(), i.sectionNumber(), i.kind().name(),
                    new Text(i.summaryJa(), i.summaryEn()), i.features(), i.csf().stream().map(CsfJson::of).toList(),
                    true);
        }
    }

    record ChangeJson(String id, List<String> fields, ItemJson before, ItemJson after) {
        static ChangeJson of(CatalogItemChange c) {
            return new ChangeJson(c.key(), c.fields(), ItemJson.of(c.before()), ItemJson.of(c.after()));
        }
    }

    record DiffJson(CatalogJson from, CatalogJson to, List<ItemJson> added, List<ItemJson> removed,
                    List<ChangeJson> changed) {
    }
}
