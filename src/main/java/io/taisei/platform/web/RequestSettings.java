package io.taisei.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what a client may send ({@code taisei.request.*}).
 *
 * @param maxBodyBytes the largest JSON or form body accepted; larger ones are refused with 413 before they are read.
 *                     Multipart uploads are limited separately by {@code spring.servlet.multipart.*}.
 */
@ConfigurationProperties("taisei.request")
record RequestSettings(Long maxBodyBytes) {

    RequestSettings {
        if (maxBodyBytes == null) {
            maxBodyBytes = 1024L * 1024L;
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("taisei.request.max-body-bytes must be positive");
        }
    }
}
