package io.taisei.asset.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EndOfSupportPlanRepository extends JpaRepository<EndOfSupportPlan, Long> {

    Optional<EndOfSupportPlan> findByHardwareSoftwareId(Long hardwareSoftwareId);

    List<EndOfSupportPlan> findByHardwareSoftwareIdIn(Collection<Long> hardwareSoftwareIds);

    List<EndOfSupportPlan> findByMigratedOnIsNullAndMigrationDueOnLessThanEqual(LocalDate day);
}
