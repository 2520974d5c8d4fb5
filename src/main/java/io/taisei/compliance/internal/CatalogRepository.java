package io.taisei.compliance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CatalogRepository extends JpaRepository<CatalogEntity, Long> {

    Optional<CatalogEntity> findByGuidelineIdAndRevision(String guidelineId, String revision);

    List<CatalogEntity> findAllByOrderByGuidelineIdAscIssuedOnDescRevisionDesc();
}
