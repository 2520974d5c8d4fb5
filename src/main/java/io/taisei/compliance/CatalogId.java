package io.taisei.compliance;

/** A loaded catalog: one revision of one guideline. */
public record CatalogId(long value) {
}
