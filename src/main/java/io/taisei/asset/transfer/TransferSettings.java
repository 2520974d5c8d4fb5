package io.taisei.asset.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on ledger uploads ({@code taisei.asset.import.*}).
 *
 * @param maxBytes the largest file accepted (default 20 MB)
 * @param maxRows  the most data rows one file may hold (default 100,000)
 */
@ConfigurationProperties("taisei.asset.import")
public record TransferSettings(Long maxBytes, Integer maxRows) {

    public TransferSettings {
        if (maxBytes == null) {
            maxBytes = 20L * 1024 * 1024;
        }
        if (maxRows == null) {
            maxRows = 100_000;
        }
    }
}
