package io.taisei.compliance.framework;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface MappingSetRepository extends JpaRepository<MappingSetEntity, Long> {

    Optional<MappingSetEntity> findFirstByUrnOrderByLibraryVersionDesc(String urn);

    Optional<MappingSetEntity> findByUrnAndLibraryVersion(String urn, int libraryVersion);

    /** The newest version of each set that touches a framework. */
    @Query("select s from MappingSetEntity s where (s.sourceFrameworkUrn = :urn or s.targetFrameworkUrn = :urn) "
            + "and s.libraryVersion = (select max(o.libraryVersion) from MappingSetEntity o where o.urn = s.urn) "
            + "order by s.name")
    List<MappingSetEntity> currentTouching(String urn);

    @Query("select s from MappingSetEntity s where "
            + "s.libraryVersion = (select max(o.libraryVersion) from MappingSetEntity o where o.urn = s.urn) "
            + "order by s.name")
    List<MappingSetEntity> current();
}
