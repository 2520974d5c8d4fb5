package io.taisei.compliance.framework;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface NodeRepository extends JpaRepository<NodeEntity, Long> {

    /** Searches the texts in every language the library gives, so a reader finds a node by what the page shows. */
    @Query("select n from NodeEntity n where n.frameworkId = :frameworkId and (:text is null "
            + "or lower(n.refId) like :text escape '\\' or lower(n.name) like :text escape '\\' "
            + "or lower(n.description) like :text escape '\\' or lower(n.urn) like :text escape '\\' "
            + "or exists (select 1 from NodeEntity m join m.translations t where m = n "
            + "and (lower(t.name) like :text escape '\\' or lower(t.description) like :text escape '\\')))")
    Page<NodeEntity> search(Long frameworkId, String text, Pageable pageable);

    List<NodeEntity> findByFrameworkIdOrderByPosition(Long frameworkId);

    Optional<NodeEntity> findByFrameworkIdAndUrn(Long frameworkId, String urn);

    List<NodeEntity> findByFrameworkIdAndUrnIn(Long frameworkId, Collection<String> urns);

    List<NodeEntity> findByFrameworkIdAndRefId(Long frameworkId, String refId);

    @Query("select n.urn from NodeEntity n where n.frameworkId = :frameworkId")
    List<String> urns(Long frameworkId);
}
