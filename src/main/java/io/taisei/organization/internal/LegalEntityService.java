package io.taisei.organization.internal;

import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityFilter;
import io.taisei.organization.LegalEntityRetired;
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
import java.util.Set;

/** Legal entities and their rules: unique codes, an active parent without cycles, retirement only when empty. */
@Service
@Transactional
public class LegalEntityService {

    static final String RECORD = "legalEntity";

    private final LegalEntityRepository legalEntities;
    private final DepartmentRepository departments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LegalEntityService(LegalEntityRepository legalEntities, DepartmentRepository departments,
                       ApplicationEventPublisher events) {
        this.legalEntities = legalEntities;
        this.departments = departments;
        this.events = events;
        this.clock = Clock.systemDefaultZone();
    }

    @Transactional(readOnly = true)
    public Page<LegalEntity> search(LegalEntityFilter filter, Pageable pageable) {
        return legalEntities.findAll(Searches.legalEntities(filter), Stable.order(pageable));
    }

    @Transactional(readOnly = true)
    public Optional<LegalEntity> find(long id) {
        return legalEntities.findById(id);
    }

    @Transactional(readOnly = true)
    public LegalEntity get(long id) {
        return legalEntities.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    @Transactional(readOnly = true)
    public List<LegalEntity> active() {
        return legalEntities.findByStatus(OrganizationStatus.ACTIVE, Sort.by("code"));
    }

    @Transactional(readOnly = true)
    public List<LegalEntity> byIds(Set<Long> ids) {
        return legalEntities.findAllById(ids);
    }

    public LegalEntity create(LegalEntityDraft draft) {
        if (legalEntities.existsByCodeIgnoreCase(Text.clean(draft.code()))) {
            throw RuleViolationException.conflict("code", "organization.rule.code.taken");
        }
        checkParent(null, draft.parentId());
        return legalEntities.save(new LegalEntity(draft));
    }

    public LegalEntity update(long id, LegalEntityDraft draft, Long expectedVersion) {
        LegalEntity entity = get(id);
        Stable.checkVersion(entity, expectedVersion);
        Retirement.requireActive(entity);
        if (legalEntities.existsByCodeIgnoreCaseAndIdNot(Text.clean(draft.code()), id)) {
            throw RuleViolationException.conflict("code", "organization.rule.code.taken");
        }
        checkParent(id, draft.parentId());
        entity.apply(draft);
        return legalEntities.saveAndFlush(entity);
    }

    public LegalEntity retire(long id, LocalDate requested, Long expectedVersion) {
        LegalEntity entity = get(id);
        Stable.checkVersion(entity, expectedVersion);
        LocalDate on = Retirement.date(entity, requested, clock);
        long activeDepartments = departments.countByLegalEntityIdAndStatus(id, OrganizationStatus.ACTIVE);
        if (activeDepartments > 0) {
            throw RuleViolationException.conflict(null, "organization.rule.legalEntity.activeDepartments", activeDepartments);
        }
        long activeChildren = legalEntities.countByParentIdAndStatus(id, OrganizationStatus.ACTIVE);
        if (activeChildren > 0) {
            throw RuleViolationException.conflict(null, "organization.rule.legalEntity.activeChildren", activeChildren);
        }
        entity.retire(on);
        LegalEntity saved = legalEntities.saveAndFlush(entity);
        events.publishEvent(new LegalEntityRetired(saved.toSummary().id(), saved.getCode(), on));
        return saved;
    }

    /** The parent must exist, be active, and not be the entity itself or one of its descendants. */
    private void checkParent(Long id, Long parentId) {
        if (parentId == null) {
            return;
        }
        LegalEntity parent = legalEntities.findById(parentId).orElseThrow(
                () -> RuleViolationException.invalid("parentId", "organization.rule.parent.unknown"));
        if (!parent.isActive()) {
            throw RuleViolationException.invalid("parentId", "organization.rule.parent.retired");
        }
        Set<Long> seen = new HashSet<>();
        for (LegalEntity ancestor = parent; ancestor != null; ) {
            if (ancestor.getId().equals(id) || !seen.add(ancestor.getId())) {
                throw RuleViolationException.invalid("parentId", "organization.rule.parent.cycle");
            }
            ancestor = ancestor.getParentId() == null ? null : legalEntities.findById(ancestor.getParentId()).orElse(null);
        }
    }

}
