package io.taisei.asset.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface HardwareSoftwareRepository extends JpaRepository<HardwareSoftware, Long>,
        JpaSpecificationExecutor<HardwareSoftware> {

    boolean existsByCodeKey(String code);

    boolean existsByCodeKeyAndIdNot(String code, Long id);

    Optional<HardwareSoftware> findByCodeKey(String code);

    @Query("select h from HardwareSoftware h join h.systemIds s where s = :systemId order by h.code")
    List<HardwareSoftware> findBySystem(Long systemId);
}
