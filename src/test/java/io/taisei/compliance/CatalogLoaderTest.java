package io.taisei.compliance;

import io.taisei.compliance.internal.CatalogConflictException;
import io.taisei.compliance.internal.CatalogDocument;
import io.taisei.compliance.internal.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up loading, reloading, refusing changed history, and the diff of two revisions, on the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogLoaderTest {

    @Autowired
    CatalogLoader loader;

    @Autowired
    CatalogManagement catalogs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theShippedCatalogIsLoadedAtStartUpWithCountsFromItsData() {
        CatalogDocument document = CatalogFixtures.shipped();
        CatalogSummary loaded = catalogs.catalog("fsa-cyber", "2024-10").orElseThrow();
        long fundamental = document.items().stream().filter(i -> i.kind() == ItemKind.FUNDAMENTAL).count();
        assertThat(loaded.fundamentalItems()).isEqualTo(fundamental).isEqualTo(126);
        assertThat(loaded.recommendedItems()).isEqualTo(document.items().size() - fundamental).isEqualTo(50);
        assertThat(loaded.contentHash()).isEqualTo(document.contentHash());
        assertThat(loaded.csfUnofficial()).isTrue();

        CatalogSectionSummary top = catalogs.sections(loaded.id()).stream()
                .filter(s -> s.number().equals("2.2")).findFirst().orElseThrow();
        assertThat(top.fundamentalItems()).isZero();
        assertThat(top.totalFundamentalItems()).isEqualTo(2 + 1 + 1 + 1 + 1 + 3 + 3 + 3 + 3 + 6 + 1 + 5);
        assertThat(top.totalRecommendedItems()).isEqualTo(5 + 3 + 2 + 2 + 1 + 4 + 4);
    }

    @Test
    void loadingTheSameRevisionAgainChangesNothing() {
        long rowsBefore = rows();
        assertThat(loader.load(CatalogFixtures.shipped(), "again")).isEqualTo(CatalogLoader.Outcome.UNCHANGED);
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void aChangedFileForALoadedRevisionIsRefusedAndNothingIsRewritten() {
        CatalogDocument tampered = CatalogFixtures.variant("2024-10", items -> {
            items.replaceAll(i -> i.id().equals("2.2.3-3") ? CatalogFixtures.withSummaryEn(i, "Patch whenever convenient.") : i);
            return items;
        });
        long rowsBefore = rows();
        assertThatThrownBy(() -> loader.load(tampered, "tampered.yaml"))
                .isInstanceOf(CatalogConflictException.class)
                .hasMessageContaining("fsa-cyber").hasMessageContaining("2024-10").hasMessageContaining("never rewritten");
        assertThat(rows()).isEqualTo(rowsBefore);
        CatalogId id = catalogs.catalog("fsa-cyber", "2024-10").orElseThrow().id();
        assertThat(catalogs.item(new CatalogItemId(id, "2.2.3-3")).orElseThrow().summaryEn())
                .isNotEqualTo("Patch whenever convenient.");
    }

    @Test
    void aNewRevisionLivesBesideTheOldOneAndTheDiffNamesWhatChanged() {
        CatalogDocument older = CatalogFixtures.variant("2004-10-diff-test", items -> {
            List<CatalogDocument.Item> changed = new ArrayList<>();
            for (CatalogDocument.Item item : items) {
                switch (item.id()) {
                    case "2.2.1.2-e" -> { } // the SBOM item did not exist yet
                    case "2.3.1-5" -> changed.add(CatalogFixtures.withSummaryEn(item, "Use passwords."));
                    case "2.6-a" -> changed.add(new CatalogDocument.Item(item.id(), item.kind(), item.summaryJa(),
                            item.summaryEn(), item.features(), List.of("GV.RR")));
                    default -> changed.add(item);
                }
                if (item.id().equals("2.6-e")) {
                    changed.add(new CatalogDocument.Item("2.6-f", ItemKind.RECOMMENDED, "廃止された項目", "A retired item.",
                            List.of("thirdparty"), List.of("GV.SC")));
                }
            }
            return changed;
        });
        assertThat(loader.load(older, "older.yaml")).isEqualTo(CatalogLoader.Outcome.LOADED);
        CatalogSummary from = catalogs.catalog("fsa-cyber", "2004-10-diff-test").orElseThrow();
        CatalogSummary to = catalogs.catalog("fsa-cyber", "2024-10").orElseThrow();
        assertThat(from.recommendedItems()).isEqualTo(50);
        assertThat(catalogs.catalogs()).extracting(CatalogSummary::revision).contains("2024-10", "2004-10-diff-test");

        CatalogDiff diff = catalogs.diff(from.id(), to.id());
        assertThat(diff.added()).extracting(CatalogItemSummary::key).containsExactly("2.2.1.2-e");
        assertThat(diff.removed()).extracting(CatalogItemSummary::key).containsExactly("2.6-f");
        assertThat(diff.changed()).extracting(CatalogItemChange::key).containsExactly("2.3.1-5", "2.6-a");
        assertThat(diff.changed().get(0).fields()).containsExactly("summaryEn");
        assertThat(diff.changed().get(1).fields()).containsExactly("csf");
        assertThat(catalogs.diff(to.id(), to.id()).isEmpty()).isTrue();
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from cmp_catalog) + (select count(*) from cmp_section) "
                + "+ (select count(*) from cmp_item) + (select count(*) from cmp_item_feature) "
                + "+ (select count(*) from cmp_item_csf)").query(Long.class).single();
    }
}
