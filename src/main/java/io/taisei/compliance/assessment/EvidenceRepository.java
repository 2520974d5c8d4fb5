package io.taisei.compliance.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByAssessmentIdOrderById(Long assessmentId);

    @Query("select e from Evidence e where e.assessmentId in (select a.id from Assessment a where a.campaignId = :campaignId) order by e.id")
    List<Evidence> findByCampaign(Long campaignId);

    long countByAssessmentIdIn(Collection<Long> assessmentIds);
}
