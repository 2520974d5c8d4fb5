package io.taisei.organization.internal;

import io.taisei.organization.OrganizationStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

public interface DepartmentRepository extends JpaRepository<Department, Long>, JpaSpecificationExecutor<Department> {

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    long countByLegalEntityIdAndStatus(Long legalEntityId, OrganizationStatus status);

    long countByParentIdAndStatus(Long parentId, OrganizationStatus status);

    List<Department> findByStatus(OrganizationStatus status, Sort sort);
}
