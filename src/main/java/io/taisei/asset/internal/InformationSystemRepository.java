package io.taisei.asset.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface InformationSystemRepository extends JpaRepository<InformationSystem, Long>,
        JpaSpecificationExecutor<InformationSystem> {

    boolean existsByCodeKey(String code);

    boolean existsByCodeKeyAndIdNot(String code, Long id);

    Optional<InformationSystem> findByCodeKey(String code);

    long countByIdIn(Collection<Long> ids);

    List<InformationSystem> findByIdInOrderByCode(Collection<Long> ids);
}
