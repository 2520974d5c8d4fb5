package io.taisei.compliance;

import java.util.List;

/** What changed between two catalog revisions, item by item (matched by item id). */
public record CatalogDiff(CatalogSummary from, CatalogSummary to, List<CatalogItemSummary> added,
                          List<CatalogItemSummary> removed, List<CatalogItemChange> changed) {

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
