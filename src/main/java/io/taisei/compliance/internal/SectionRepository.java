package io.taisei.compliance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface SectionRepository extends JpaRepository<SectionEntity, Long> {

    List<SectionEntity> findByCatalogIdOrderByPosition(Long catalogId);
}
