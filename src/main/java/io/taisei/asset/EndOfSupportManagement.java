package io.taisei.asset;

import io.taisei.asset.internal.EndOfSupportService;
import io.taisei.platform.CountLimitedPage;
import io.taisei.platform.Paging;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * End of support (guideline 2.3.4.1(3)): hardware and software past or within a horizon of its end of support, the
 * compensating measures and migration plan for each, and the reminders recorded ahead of each date. Days are counted
 * in the institution's time zone ({@code taisei.audit.zone}, Asia/Tokyo by default).
 */
@Service
public class EndOfSupportManagement {

    private final EndOfSupportService service;
    private final ZoneId zone;

    EndOfSupportManagement(EndOfSupportService service, @Value("${taisei.audit.zone:Asia/Tokyo}") String zone) {
        this.service = service;
        this.zone = ZoneId.of(zone);
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The configured horizon ({@code taisei.asset.end-of-support.horizon}, 12 months unless set). */
    public Period defaultHorizon() {
        return service.settings().horizon();
    }

    public Page<EndOfSupportItem> items(EndOfSupportFilter filter, Pageable pageable) {
        return service.search(filter, today(), pageable);
    }

    /** {@link #items} for the list page, whose matches are counted only up to {@link Paging#COUNT_LIMIT}. */
    public CountLimitedPage<EndOfSupportItem> listItems(EndOfSupportFilter filter, Pageable pageable) {
        return service.list(filter, today(), pageable);
    }

    /** @throws RecordNotFoundException if there is no such hardware or software record */
    public EndOfSupportItem item(HardwareSoftwareId id) {
        return service.item(id.value(), today());
    }

    /**
     * Records or replaces the plan for one record.
     *
     * @param expectedVersion the plan version the caller last read, or null to skip the check
     * @throws RuleViolationException when a migration plan has no due date, or a completion no plan
     */
    public EndOfSupportPlanSummary savePlan(HardwareSoftwareId id, EndOfSupportPlanDraft draft, Long expectedVersion) {
        return service.savePlan(id.value(), draft, expectedVersion);
    }

    public Page<EndOfSupportReminder> reminders(Pageable pageable) {
        return service.reminders(pageable);
    }

    /** Records the reminders due on {@code day} (each once); the daily job calls it with today. */
    public int recordReminders(LocalDate day) {
        return service.recordReminders(day);
    }

    @Scheduled(cron = "${taisei.asset.end-of-support.reminder-cron:0 30 6 * * *}",
            zone = "${taisei.audit.zone:Asia/Tokyo}")
    void recordTodaysReminders() {
        recordReminders(today());
    }
}
