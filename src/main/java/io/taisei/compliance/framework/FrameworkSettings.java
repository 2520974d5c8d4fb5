package io.taisei.compliance.framework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code taisei.compliance.framework.*}: the largest library file an import reads ({@code max-bytes}, env
 * {@code TAISEI_FRAMEWORK_MAX_BYTES}); uploads are also capped by {@code spring.servlet.multipart.max-file-size}.
 * 20 MB holds the largest public framework libraries (NIST SP 800-53 with its translations) with room to spare.
 */
@ConfigurationProperties("taisei.compliance.framework")
public record FrameworkSettings(@DefaultValue("20971520") long maxBytes) {

    public int maxCodePoints() {
        return (int) Math.min(Integer.MAX_VALUE, maxBytes);
    }
}
