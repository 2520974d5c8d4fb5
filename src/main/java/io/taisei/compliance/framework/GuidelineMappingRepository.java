package io.taisei.compliance.framework;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface GuidelineMappingRepository extends JpaRepository<GuidelineMappingEntity, Long> {

    List<GuidelineMappingEntity> findByCatalogIdAndItemKeyOrderByFrameworkUrnAscRequirementUrnAsc(Long catalogId,
                                                                                                 String itemKey);

    List<GuidelineMappingEntity> findByCatalogIdAndFrameworkUrnOrderByItemKeyAscRequirementUrnAsc(Long catalogId,
                                                                                                String frameworkUrn);

    List<GuidelineMappingEntity> findByFrameworkUrnAndRequirementUrn(String frameworkUrn, String requirementUrn);

    Optional<GuidelineMappingEntity> findByCatalogIdAndItemKeyAndRequirementUrn(Long catalogId, String itemKey,
                                                                              String requirementUrn);
}
