package io.taisei.compliance.framework;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface FrameworkRepository extends JpaRepository<FrameworkEntity, Long> {

    Optional<FrameworkEntity> findByUrnAndCurrentVersionTrue(String urn);

    Optional<FrameworkEntity> findByUrnAndLibraryVersion(String urn, int libraryVersion);

    List<FrameworkEntity> findByUrnOrderByLibraryVersionDesc(String urn);

    @Query("select f from FrameworkEntity f where f.currentVersion = true and (:text is null "
            + "or lower(f.name) like :text escape '\\' or lower(f.refId) like :text escape '\\' "
            + "or lower(f.urn) like :text escape '\\' "
            + "or exists (select 1 from FrameworkEntity g join g.translations t where g = f and t.target = 'FRAMEWORK' "
            + "and lower(t.name) like :text escape '\\'))")
    Page<FrameworkEntity> findCurrent(String text, Pageable pageable);

    List<FrameworkEntity> findByCurrentVersionTrueOrderByRefId();

    @EntityGraph(attributePaths = "implementationGroups")
    Optional<FrameworkEntity> findWithGroupsById(Long id);
}
