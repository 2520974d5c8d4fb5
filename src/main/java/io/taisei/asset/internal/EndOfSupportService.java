package io.taisei.asset.internal;

import io.taisei.asset.EndOfSupportFilter;
import io.taisei.asset.EndOfSupportItem;
import io.taisei.asset.EndOfSupportPlanDraft;
import io.taisei.asset.EndOfSupportPlanSummary;
import io.taisei.asset.EndOfSupportReminder;
import io.taisei.asset.HardwareSoftwareId;
import io.taisei.asset.HardwareSoftwareSummary;
import io.taisei.asset.SystemSummary;
import io.taisei.platform.CountLimitedPage;
import io.taisei.platform.RuleViolationException;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import io.taisei.identity.Role;
import io.taisei.notification.Notice;
import io.taisei.notification.Notifications;
import io.taisei.notification.Recipient;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * End of support (2.3.4.1(3)): which hardware and software is past or within the horizon of its end of support (the
 * extended date counts when support was extended), the plan recorded for each, and the reminders recorded ahead of
 * each end of support and each migration due date.
 */
@Service
@Transactional
@EnableConfigurationProperties(EndOfSupportSettings.class)
public class EndOfSupportService {

    private final HardwareSoftwareRepository items;
    private final InformationSystemRepository systems;
    private final EndOfSupportPlanRepository plans;
    private final EndOfSupportReminderRepository reminders;
    private final EndOfSupportSettings settings;
    private final OrganizationManagement organization;
    private final Notifications notifications;
    private final ListPages lists;

    EndOfSupportService(HardwareSoftwareRepository items, InformationSystemRepository systems,
                        EndOfSupportPlanRepository plans, EndOfSupportReminderRepository reminders,
                        EndOfSupportSettings settings, OrganizationManagement organization,
                        Notifications notifications, ListPages lists) {
        this.lists = lists;
        this.items = items;
        this.systems = systems;
        this.plans = plans;
        this.reminders = reminders;
        this.settings = settings;
        this.organization = organization;
        this.notifications = notifications;
    }

    public EndOfSupportSettings settings() {
        return settings;
    }

    /** Soonest end first (the longest past on top); records without a support end date are not in the view. */
    @Transactional(readOnly = true)
    public Page<EndOfSupportItem> search(EndOfSupportFilter filter, LocalDate today, Pageable pageable) {
        Page<HardwareSoftware> page = items.findAll(endingBy(today.plus(horizon(filter)), filter),
                soonestFirst(pageable));
        return new PageImpl<>(toItems(page.getContent(), today), page.getPageable(), page.getTotalElements());
    }

    /** {@link #search} for the list page: the matches counted only up to a limit. */
    @Transactional(readOnly = true)
    public CountLimitedPage<EndOfSupportItem> list(EndOfSupportFilter filter, LocalDate today, Pageable pageable) {
        CountLimitedPage<HardwareSoftware> page = lists.page(items, HardwareSoftware.class,
                endingBy(today.plus(horizon(filter)), filter), soonestFirst(pageable));
        return page.withContent(toItems(page.getContent(), today));
    }

    private Period horizon(EndOfSupportFilter filter) {
        return filter.horizon() == null ? settings.horizon() : filter.horizon();
    }

    /**
     * The view's one order: soonest effective end first (the longest past on top), then by code (unique), which the
     * index on both serves.
     */
    private static Pageable soonestFirst(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("effectiveSupportEndsOn", "code"));
    }

    /** One record as the view shows it, whether or not it is within the horizon. */
    @Transactional(readOnly = true)
    public EndOfSupportItem item(long hardwareSoftwareId, LocalDate today) {
        return toItems(List.of(items.findById(hardwareSoftwareId).orElseThrow(() ->
                new io.taisei.platform.RecordNotFoundException(HardwareSoftwareService.RECORD, hardwareSoftwareId))),
                today).get(0);
    }

    public EndOfSupportPlanSummary savePlan(long hardwareSoftwareId, EndOfSupportPlanDraft draft,
                                            Long expectedVersion) {
        if (!items.existsById(hardwareSoftwareId)) {
            throw new io.taisei.platform.RecordNotFoundException(HardwareSoftwareService.RECORD, hardwareSoftwareId);
        }
        if (Text.clean(draft.migrationPlan()) != null && draft.migrationDueOn() == null) {
            throw RuleViolationException.invalid("migrationDueOn", "asset.eos.rule.dueRequired");
        }
        if (draft.migratedOn() != null && Text.clean(draft.migrationPlan()) == null) {
            throw RuleViolationException.invalid("migrationPlan", "asset.eos.rule.planRequired");
        }
        EndOfSupportPlan plan = plans.findByHardwareSoftwareId(hardwareSoftwareId)
                .orElseGet(() -> new EndOfSupportPlan(hardwareSoftwareId));
        if (expectedVersion != null && expectedVersion != plan.getVersion()) {
            throw new OptimisticLockingFailureException("stale version");
        }
        plan.apply(draft);
        return plans.saveAndFlush(plan).toSummary();
    }

    /**
     * Records, once each, a reminder for every end of support and every open migration due date that is within one
     * of the reminder stages (90, 30, 7 days by default) or has passed. Only the nearest stage reached is recorded,
     * so a record first seen five days before its date gets the 7-day reminder, not all three.
     *
     * @return how many reminders were recorded
     */
    public int recordReminders(LocalDate today) {
        int widest = settings.reminderDays().get(settings.reminderDays().size() - 1);
        LocalDate limit = today.plusDays(widest);
        int recorded = 0;
        for (HardwareSoftware item : items.findAll(endingBy(limit, EndOfSupportFilter.none()))) {
            recorded += remind(item.getId(), EndOfSupportReminder.Kind.SUPPORT_ENDING,
                    effectiveEnd(item.toSummary()), today);
        }
        for (EndOfSupportPlan plan : plans.findByMigratedOnIsNullAndMigrationDueOnLessThanEqual(limit)) {
            EndOfSupportPlanSummary summary = plan.toSummary();
            recorded += remind(summary.hardwareSoftwareId().value(), EndOfSupportReminder.Kind.MIGRATION_DUE,
                    summary.migrationDueOn(), today);
        }
        return recorded;
    }

    private int remind(long itemId, EndOfSupportReminder.Kind kind, LocalDate dueOn, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        int stage = daysLeft < 0 ? 0 : settings.reminderDays().stream().filter(d -> d >= daysLeft).findFirst()
                .orElse(-1);
        if (stage < 0 || reminders.alreadyRecorded(itemId, kind, dueOn, stage)) {
            return 0;
        }
        reminders.save(new EndOfSupportReminderRecord(itemId, kind, dueOn, stage, today));
        notify(itemId, kind, dueOn, stage);
        return 1;
    }

    /** The record's owner hears of each reminder; the CISO too once the date has passed, or when nobody owns it. */
    private void notify(long itemId, EndOfSupportReminder.Kind kind, LocalDate dueOn, int stage) {
        HardwareSoftware item = items.findById(itemId).orElse(null);
        if (item == null) {
            return;
        }
        Set<Recipient> to = new HashSet<>();
        Long ownerId = item.toSummary().ownerId() == null ? null : item.toSummary().ownerId().value();
        if (ownerId != null) {
            organization.findPerson(new PersonId(ownerId)).filter(person -> person.email() != null)
                    .ifPresent(person -> to.add(Recipient.email(person.email())));
        }
        if (stage == 0 || to.isEmpty()) {
            to.add(Recipient.role(Role.CISO));
        }
        String key = "asset.notice.eos." + kind.name() + (stage == 0 ? ".passed" : "");
        notifications.send(new Notice("asset.endOfSupport." + kind.name(), key,
                List.of(item.toSummary().displayName(), dueOn.toString(), String.valueOf(stage)),
                "/assets/end-of-support", "eos:" + kind.name() + ":" + itemId + ":" + dueOn + ":" + stage, to));
    }

    /** The reminders recorded, newest first, with the record each concerns. */
    @Transactional(readOnly = true)
    public Page<EndOfSupportReminder> reminders(Pageable pageable) {
        Page<EndOfSupportReminderRecord> page = reminders.findAll(PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Order.desc("recordedOn"), Sort.Order.desc("id"))));
        Map<Long, HardwareSoftwareSummary> byId = items.findAllById(page.stream()
                        .map(EndOfSupportReminderRecord::getHardwareSoftwareId).collect(Collectors.toSet())).stream()
                .map(HardwareSoftware::toSummary).collect(Collectors.toMap(h -> h.id().value(), Function.identity()));
        return page.map(r -> {
            HardwareSoftwareSummary item = byId.get(r.getHardwareSoftwareId());
            return new EndOfSupportReminder(r.getId(), r.getKind(), new HardwareSoftwareId(r.getHardwareSoftwareId()),
                    item == null ? "" : item.code(), item == null ? "" : item.displayName(), r.getDueOn(),
                    r.getDaysBefore(), r.getRecordedOn());
        });
    }

    private List<EndOfSupportItem> toItems(List<HardwareSoftware> page, LocalDate today) {
        List<HardwareSoftwareSummary> summaries = page.stream().map(HardwareSoftware::toSummary).toList();
        Set<Long> systemIds = new HashSet<>();
        summaries.forEach(h -> h.systemIds().forEach(id -> systemIds.add(id.value())));
        Map<Long, SystemSummary> systemsById = new HashMap<>();
        if (!systemIds.isEmpty()) {
            systems.findByIdInOrderByCode(systemIds).forEach(s -> systemsById.put(s.getId(), s.toSummary()));
        }
        Map<Long, EndOfSupportPlanSummary> plansById = new HashMap<>();
        Collection<Long> ids = summaries.stream().map(h -> h.id().value()).toList();
        if (!ids.isEmpty()) {
            plans.findByHardwareSoftwareIdIn(ids).forEach(p -> plansById.put(p.toSummary().hardwareSoftwareId().value(),
                    p.toSummary()));
        }
        List<EndOfSupportItem> result = new ArrayList<>();
        for (HardwareSoftwareSummary h : summaries) {
            boolean extended = extended(h);
            LocalDate effective = effectiveEnd(h);
            List<EndOfSupportItem.AffectedSystem> affected = h.systemIds().stream()
                    .map(id -> systemsById.get(id.value())).filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.comparing(SystemSummary::code))
                    .map(s -> new EndOfSupportItem.AffectedSystem(s.id(), s.code(), s.name(), s.importance()))
                    .toList();
            result.add(new EndOfSupportItem(h.id(), h.code(), h.displayName(), h.kind(), h.supportEndsOn(), effective,
                    extended, effective == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, effective), affected,
                    plansById.get(h.id().value())));
        }
        return result;
    }

    private static boolean extended(HardwareSoftwareSummary h) {
        return h.supportExtendable() && h.extendedSupportEndsOn() != null;
    }

    /** The date that counts: the extended end when support was extended, else the regular end. */
    static LocalDate effectiveEnd(HardwareSoftwareSummary h) {
        return extended(h) ? h.extendedSupportEndsOn() : h.supportEndsOn();
    }

    /**
     * Records whose effective end ({@link #effectiveEnd(HardwareSoftwareSummary)}, a generated column with an index on
     * it and the code) is on or before {@code limit}.
     */
    static Specification<HardwareSoftware> endingBy(LocalDate limit, EndOfSupportFilter f) {
        return (root, query, cb) -> {
            Expression<LocalDate> effective = root.get("effectiveSupportEndsOn");
            List<Predicate> where = new ArrayList<>();
            where.add(cb.lessThanOrEqualTo(effective, limit));
            if (f.systemId() != null) {
                Subquery<Long> runsIn = query.subquery(Long.class);
                Root<HardwareSoftware> item = runsIn.from(HardwareSoftware.class);
                Join<HardwareSoftware, Long> ids = item.join("systemIds");
                runsIn.select(item.get("id")).where(cb.equal(ids, f.systemId().value()));
                where.add(root.get("id").in(runsIn));
            }
            if (f.importance() != null) {
                // correlated: for each candidate row, its links and their systems by primary key (an IN over an IN
                // of every system of that importance made H2 rebuild both lists for each row)
                Subquery<Integer> runsInOne = query.subquery(Integer.class);
                Root<HardwareSoftware> item = runsInOne.correlate(root);
                Join<HardwareSoftware, Long> ids = item.join("systemIds");
                Root<InformationSystem> system = runsInOne.from(InformationSystem.class);
                runsInOne.select(cb.literal(1)).where(cb.equal(system.get("id"), ids),
                        cb.equal(system.get("importance"), f.importance()));
                where.add(cb.exists(runsInOne));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
