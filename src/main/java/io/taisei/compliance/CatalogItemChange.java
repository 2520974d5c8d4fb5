package io.taisei.compliance;

import java.util.List;

/** An item present in both revisions whose content differs; {@code fields} names what changed. */
public record CatalogItemChange(String key, List<String> fields, CatalogItemSummary before, CatalogItemSummary after) {
}
