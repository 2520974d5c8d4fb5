package io.taisei.compliance.assessment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByCampaignIdOrderByPosition(Long campaignId);

    Page<Assessment> findByCampaignId(Long campaignId, Pageable pageable);

    Optional<Assessment> findByCampaignIdAndItemKey(Long campaignId, String itemKey);

    long countByCampaignId(Long campaignId);

    /** Per campaign: [campaign id, items, answered items]. */
    @Query("select a.campaignId, count(a), count(a.status) from Assessment a where a.campaignId in :campaignIds "
            + "group by a.campaignId")
    List<Object[]> progress(java.util.Collection<Long> campaignIds);

    @Query("select count(a) from Assessment a where a.campaignId = :campaignId and a.status is null")
    long countUnanswered(Long campaignId);

    /** Per campaign, status and kind: how many items (status null: unanswered). */
    @Query("select a.campaignId, a.status, a.kind, count(a) from Assessment a where a.campaignId in :campaignIds"
            + " group by a.campaignId, a.status, a.kind")
    List<Object[]> statusCounts(java.util.Collection<Long> campaignIds);
}
