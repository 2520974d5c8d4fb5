package io.taisei.compliance.internal;

import io.taisei.compliance.ItemKind;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface ItemRepository extends JpaRepository<ItemEntity, Long>, JpaSpecificationExecutor<ItemEntity> {

    @EntityGraph(attributePaths = {"section", "features", "csf"})
    Optional<ItemEntity> findByCatalogIdAndItemKey(Long catalogId, String itemKey);

    @EntityGraph(attributePaths = {"section", "features", "csf"})
    List<ItemEntity> findByCatalogIdOrderByPosition(Long catalogId);

    @EntityGraph(attributePaths = {"section", "features", "csf"})
    List<ItemEntity> findByIdIn(List<Long> ids);

    /** Per section and kind, how many items a catalog holds: the counts shown everywhere come from here. */
    @Query("select i.section.number as section, i.kind as kind, count(i) as items from ItemEntity i "
            + "where i.catalogId = :catalogId group by i.section.number, i.kind")
    List<SectionCount> countBySection(Long catalogId);

    interface SectionCount {
        String getSection();
        ItemKind getKind();
        long getItems();
    }
}
