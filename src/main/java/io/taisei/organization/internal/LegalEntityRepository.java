package io.taisei.organization.internal;

import io.taisei.organization.OrganizationStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

public interface LegalEntityRepository extends JpaRepository<LegalEntity, Long>, JpaSpecificationExecutor<LegalEntity> {

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    long countByParentIdAndStatus(Long parentId, OrganizationStatus status);

    List<LegalEntity> findByStatus(OrganizationStatus status, Sort sort);
}
