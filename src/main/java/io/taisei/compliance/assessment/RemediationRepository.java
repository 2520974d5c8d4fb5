package io.taisei.compliance.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface RemediationRepository extends JpaRepository<Remediation, Long> {

    List<Remediation> findByAssessmentIdOrderById(Long assessmentId);

    @Query("select r from Remediation r where r.assessmentId in (select a.id from Assessment a where a.campaignId = :campaignId) order by r.id")
    List<Remediation> findByCampaign(Long campaignId);
}
