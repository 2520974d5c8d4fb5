package io.taisei.asset.internal;

import io.taisei.asset.SystemDraft;
import io.taisei.asset.SystemFilter;
import io.taisei.asset.SystemKind;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.DepartmentSummary;
import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.CountLimitedPage;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import io.taisei.asset.SystemChanged;
import io.taisei.asset.SystemId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Ledger 1 and its rules: unique codes, an owning department that is active and belongs to the chosen legal entity,
 * an active owner, and a provider and service kind for every external service.
 */
@Service
@Transactional
public class SystemService {

    static final String RECORD = "system";

    private final InformationSystemRepository systems;
    private final OrganizationManagement organization;
    private final OwnerCheck owners;
    private final ApplicationEventPublisher events;
    private final ListPages lists;

    SystemService(InformationSystemRepository systems, OrganizationManagement organization, OwnerCheck owners,
                  ApplicationEventPublisher events, ListPages lists) {
        this.systems = systems;
        this.lists = lists;
        this.organization = organization;
        this.owners = owners;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<InformationSystem> search(SystemFilter filter, Pageable pageable) {
        return systems.findAll(Searches.systems(filter), order(filter, pageable));
    }

    /** The first {@code count} matches by code, not counting the others (suggestions while typing). */
    @Transactional(readOnly = true)
    public List<InformationSystem> first(SystemFilter filter, int count) {
        return systems.findBy(Searches.systems(filter), query -> query.sortBy(Sort.by("code")).limit(count).all());
    }

    /** {@link #search} for the list page: the matches counted only up to a limit. */
    @Transactional(readOnly = true)
    public CountLimitedPage<InformationSystem> list(SystemFilter filter, Pageable pageable) {
        return lists.page(systems, InformationSystem.class, Searches.systems(filter), order(filter, pageable));
    }

    private static Pageable order(SystemFilter filter, Pageable pageable) {
        return Searches.stable(pageable, Searches.equalColumn(filter));
    }

    @Transactional(readOnly = true)
    public InformationSystem get(long id) {
        return systems.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    @Transactional(readOnly = true)
    public Optional<InformationSystem> byCode(String code) {
        return systems.findByCodeKey(Text.codeKey(code));
    }

    @Transactional(readOnly = true)
    public List<InformationSystem> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : systems.findByIdInOrderByCode(ids);
    }

    public InformationSystem create(SystemDraft draft) {
        if (systems.existsByCodeKey(Text.codeKey(draft.code()))) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        check(draft);
        return systems.save(new InformationSystem(draft));
    }

    public InformationSystem update(long id, SystemDraft draft, Long expectedVersion) {
        InformationSystem system = get(id);
        if (expectedVersion != null && expectedVersion != system.getVersion()) {
            throw new OptimisticLockingFailureException("stale version");
        }
        if (systems.existsByCodeKeyAndIdNot(Text.codeKey(draft.code()), id)) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        check(draft);
        system.apply(draft);
        InformationSystem saved = systems.saveAndFlush(system);
        events.publishEvent(new SystemChanged(new SystemId(saved.getId())));
        return saved;
    }

    /** The rules beyond field formats, each naming the field it concerns. */
    public void check(SystemDraft draft) {
        DepartmentSummary department = organization.findDepartment(new DepartmentId(draft.departmentId()))
                .orElseThrow(() -> RuleViolationException.invalid("departmentId", "asset.rule.department.unknown"));
        if (!department.isActive()) {
            throw RuleViolationException.invalid("departmentId", "asset.rule.department.retired");
        }
        if (department.legalEntityId().value() != draft.legalEntityId()) {
            throw RuleViolationException.invalid("departmentId", "asset.rule.department.elsewhere");
        }
        owners.check(draft.ownerId());
        if (draft.kind() == SystemKind.EXTERNAL_SERVICE) {
            if (draft.serviceKind() == null) {
                throw RuleViolationException.invalid("serviceKind", "asset.rule.service.kindRequired");
            }
            if (Text.clean(draft.provider()) == null) {
                throw RuleViolationException.invalid("provider", "asset.rule.service.providerRequired");
            }
        }
    }
}
