package io.taisei.asset;

public record UnmanagedAssetId(long value) {
}
