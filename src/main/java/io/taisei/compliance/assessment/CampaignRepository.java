package io.taisei.compliance.assessment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Page<Campaign> findAll(Pageable pageable);

    Page<Campaign> findByLegalEntityId(Long legalEntityId, Pageable pageable);

    List<Campaign> findByLegalEntityIdOrderByPeriodToAscIdAsc(Long legalEntityId);

    /** Signed-off campaigns of one scope signed before a moment, newest first. */
    @Query("select c from Campaign c where c.legalEntityId = :legalEntityId and c.status = io.taisei.compliance.assessment.CampaignStatus.SIGNED_OFF "
            + "and c.signedOffAt < :before and c.id <> :excluded order by c.signedOffAt desc")
    List<Campaign> signedOffBefore(Long legalEntityId, Instant before, Long excluded, Pageable pageable);

    /** Signed-off campaigns of one scope other than one, newest first (for a campaign not yet signed off). */
    @Query("select c from Campaign c where c.legalEntityId = :legalEntityId and c.status = io.taisei.compliance.assessment.CampaignStatus.SIGNED_OFF "
            + "and c.id <> :excluded order by c.signedOffAt desc")
    List<Campaign> signedOffOtherThan(Long legalEntityId, Long excluded, Pageable pageable);
}
