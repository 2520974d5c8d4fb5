package io.taisei.asset.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface ConnectionRepository extends JpaRepository<Connection, Long>, JpaSpecificationExecutor<Connection> {

    boolean existsByCodeKey(String code);

    boolean existsByCodeKeyAndIdNot(String code, Long id);

    Optional<Connection> findByCodeKey(String code);

    @Query("select c from Connection c where c.fromSystemId = :systemId or c.toSystemId = :systemId order by c.code")
    List<Connection> findBySystem(Long systemId);
}
