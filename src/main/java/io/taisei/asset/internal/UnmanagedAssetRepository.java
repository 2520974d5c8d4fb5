package io.taisei.asset.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface UnmanagedAssetRepository extends JpaRepository<UnmanagedAsset, Long>,
        JpaSpecificationExecutor<UnmanagedAsset> {
}
