package io.taisei.asset.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

public interface NetworkZoneRepository extends JpaRepository<NetworkZone, Long>, JpaSpecificationExecutor<NetworkZone> {

    boolean existsByCodeKey(String code);

    boolean existsByCodeKeyAndIdNot(String code, Long id);

    Optional<NetworkZone> findByCodeKey(String code);
}
