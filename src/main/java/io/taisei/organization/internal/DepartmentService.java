package io.taisei.organization.internal;

import io.taisei.organization.DepartmentDraft;
import io.taisei.organization.DepartmentFilter;
import io.taisei.organization.DepartmentRetired;
import io.taisei.organization.OrganizationStatus;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

/**
 * Departments and their rules: unique codes, an active legal entity, a parent in the same legal entity without
 * cycles, and retirement only once no active sub-department or person remains.
 */
@Service
@Transactional
public class DepartmentService {

    static final String RECORD = "department";

    private final DepartmentRepository departments;
    private final LegalEntityRepository legalEntities;
    private final PersonRepository people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DepartmentService(DepartmentRepository departments, LegalEntityRepository legalEntities, PersonRepository people,
                      ApplicationEventPublisher events) {
        this.departments = departments;
        this.legalEntities = legalEntities;
        this.people = people;
        this.events = events;
        this.clock = Clock.systemDefaultZone();
    }

    @Transactional(readOnly = true)
    public Page<Department> search(DepartmentFilter filter, Pageable pageable) {
        return departments.findAll(Searches.departments(filter), Stable.order(pageable));
    }

    @Transactional(readOnly = true)
    public Optional<Department> find(long id) {
        return departments.findById(id);
    }

    @Transactional(readOnly = true)
    public Department get(long id) {
        return departments.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    @Transactional(readOnly = true)
    public List<Department> active() {
        return departments.findByStatus(OrganizationStatus.ACTIVE, Sort.by("code"));
    }

    @Transactional(readOnly = true)
    public List<Department> byIds(Set<Long> ids) {
        return departments.findAllById(ids);
    }

    public Department create(DepartmentDraft draft) {
        if (departments.existsByCodeIgnoreCase(Text.clean(draft.code()))) {
            throw RuleViolationException.conflict("code", "organization.rule.code.taken");
        }
        checkLegalEntity(draft.legalEntityId());
        checkParent(null, draft);
        return departments.save(new Department(draft));
    }

    public Department update(long id, DepartmentDraft draft, Long expectedVersion) {
        Department department = get(id);
        Stable.checkVersion(department, expectedVersion);
        Retirement.requireActive(department);
        if (departments.existsByCodeIgnoreCaseAndIdNot(Text.clean(draft.code()), id)) {
            throw RuleViolationException.conflict("code", "organization.rule.code.taken");
        }
        if (!Objects.equals(department.getLegalEntityId(), draft.legalEntityId())) {
            checkLegalEntity(draft.legalEntityId());
            if (departments.countByParentIdAndStatus(id, OrganizationStatus.ACTIVE) > 0) {
                // the sub-departments would end up under another legal entity than their own
                throw RuleViolationException.conflict("legalEntityId", "organization.rule.department.moveWithChildren");
            }
        }
        checkParent(id, draft);
        department.apply(draft);
        return departments.saveAndFlush(department);
    }

    public Department retire(long id, LocalDate requested, Long expectedVersion) {
        Department department = get(id);
        Stable.checkVersion(department, expectedVersion);
        LocalDate on = Retirement.date(department, requested, clock);
        long activeChildren = departments.countByParentIdAndStatus(id, OrganizationStatus.ACTIVE);
        if (activeChildren > 0) {
            throw RuleViolationException.conflict(null, "organization.rule.department.activeChildren", activeChildren);
        }
        long activePeople = people.countByDepartmentIdAndStatus(id, OrganizationStatus.ACTIVE);
        if (activePeople > 0) {
            throw RuleViolationException.conflict(null, "organization.rule.department.activePeople", activePeople);
        }
        department.retire(on);
        Department saved = departments.saveAndFlush(department);
        events.publishEvent(new DepartmentRetired(saved.toSummary().id(), saved.toSummary().legalEntityId(),
                saved.getCode(), on));
        return saved;
    }

    private void checkLegalEntity(Long legalEntityId) {
        LegalEntity legalEntity = legalEntities.findById(legalEntityId).orElseThrow(
                () -> RuleViolationException.invalid("legalEntityId", "organization.rule.legalEntity.unknown"));
        if (!legalEntity.isActive()) {
            throw RuleViolationException.invalid("legalEntityId", "organization.rule.legalEntity.retired");
        }
    }

    private void checkParent(Long id, DepartmentDraft draft) {
        if (draft.parentId() == null) {
            return;
        }
        Department parent = departments.findById(draft.parentId()).orElseThrow(
                () -> RuleViolationException.invalid("parentId", "organization.rule.parent.unknown"));
        if (!parent.isActive()) {
            throw RuleViolationException.invalid("parentId", "organization.rule.parent.retired");
        }
        if (!parent.getLegalEntityId().equals(draft.legalEntityId())) {
            throw RuleViolationException.invalid("parentId", "organization.rule.department.parentElsewhere");
        }
        Set<Long> seen = new HashSet<>();
        for (Department ancestor = parent; ancestor != null; ) {
            if (ancestor.getId().equals(id) || !seen.add(ancestor.getId())) {
                throw RuleViolationException.invalid("parentId", "organization.rule.parent.cycle");
            }
            ancestor = ancestor.getParentId() == null ? null : departments.findById(ancestor.getParentId()).orElse(null);
        }
    }
}
