package io.taisei.compliance;

import java.util.List;

/** An item as listed and as returned by the API; {@code csf} is Taisei's unofficial mapping. */
public record CatalogItemSummary(CatalogItemId id, String sectionNumber, ItemKind kind, String summaryJa,
                                 String summaryEn, List<String> features, List<CsfMapping> csf) {

    public String key() {
        return id.key();
    }

    public String summary(boolean japanese) {
        return japanese ? summaryJa : summaryEn;
    }
}
