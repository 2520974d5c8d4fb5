package io.taisei.compliance.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Where the catalog files are read from at start-up ({@code taisei.compliance.catalog.locations}). The default is
 * the catalogs shipped in the jar; a deployment may add a directory for a newer guideline revision.
 */
@ConfigurationProperties("taisei.compliance.catalog")
public record CatalogSettings(@DefaultValue("classpath*:compliance/catalog/*.yaml") List<String> locations) {
}
