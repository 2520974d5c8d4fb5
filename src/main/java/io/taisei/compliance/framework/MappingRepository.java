package io.taisei.compliance.framework;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MappingRepository extends JpaRepository<MappingEntity, Long> {

    Page<MappingEntity> findByMappingSetIdOrderByPosition(Long mappingSetId, Pageable pageable);

    List<MappingEntity> findByMappingSetIdOrderByPosition(Long mappingSetId);
}
