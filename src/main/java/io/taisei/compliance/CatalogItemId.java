package io.taisei.compliance;

/**
 * One item of one catalog revision. Rows of a loaded revision are never rewritten, so later modules (self-assessment)
 * may hold this id for good. {@link #key()} is the guideline's own numbering, e.g. {@code 2.2.3-3} or {@code 2.2.1.2-e}.
 */
public record CatalogItemId(CatalogId catalog, String key) {
}
