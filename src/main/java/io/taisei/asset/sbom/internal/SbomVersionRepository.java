package io.taisei.asset.sbom.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface SbomVersionRepository extends JpaRepository<SbomVersion, Long> {

    Page<SbomVersion> findBySystemId(long systemId, Pageable pageable);

    Optional<SbomVersion> findFirstBySystemIdOrderByIdDesc(long systemId);
}
