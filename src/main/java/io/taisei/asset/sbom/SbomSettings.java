package io.taisei.asset.sbom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code taisei.asset.sbom.*}: the largest SBOM file an upload accepts (uploads are also capped by
 * {@code spring.servlet.multipart.max-file-size}). A 10,000-component CycloneDX JSON file is about 5 MB.
 */
@ConfigurationProperties("taisei.asset.sbom")
public record SbomSettings(@DefaultValue("50MB") DataSize maxBytes) {
}
