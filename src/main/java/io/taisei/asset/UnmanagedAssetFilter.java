package io.taisei.asset;

/** Narrows the unmanaged assets; null fields do not filter. {@code q} matches the name and where it was found. */
public record UnmanagedAssetFilter(String q, UnmanagedAssetKind kind, UnmanagedAssetStatus status,
                                   Long departmentId) {

    public static UnmanagedAssetFilter none() {
        return new UnmanagedAssetFilter(null, null, null, null);
    }
}
