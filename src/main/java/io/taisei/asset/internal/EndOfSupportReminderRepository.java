package io.taisei.asset.internal;

import io.taisei.asset.EndOfSupportReminder;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;

public interface EndOfSupportReminderRepository extends JpaRepository<EndOfSupportReminderRecord, Long> {

    @Query("select count(r) > 0 from EndOfSupportReminderRecord r where r.hardwareSoftwareId = :item "
            + "and r.kind = :kind and r.dueOn = :dueOn and r.daysBefore = :stage")
    boolean alreadyRecorded(Long item, EndOfSupportReminder.Kind kind, LocalDate dueOn, int stage);
}
