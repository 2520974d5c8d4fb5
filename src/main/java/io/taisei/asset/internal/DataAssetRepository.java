package io.taisei.asset.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface DataAssetRepository extends JpaRepository<DataAsset, Long>, JpaSpecificationExecutor<DataAsset> {

    boolean existsByCodeKey(String code);

    boolean existsByCodeKeyAndIdNot(String code, Long id);

    Optional<DataAsset> findByCodeKey(String code);

    @Query("select distinct d from DataAsset d left join d.storedIn s left join d.processedIn p "
            + "where s = :systemId or p = :systemId order by d.code")
    List<DataAsset> findBySystem(Long systemId);
}
