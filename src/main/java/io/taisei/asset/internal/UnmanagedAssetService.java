package io.taisei.asset.internal;

import io.taisei.asset.UnmanagedAssetDecision;
import io.taisei.asset.UnmanagedAssetDraft;
import io.taisei.asset.UnmanagedAssetFilter;
import io.taisei.asset.UnmanagedAssetKind;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonId;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Unmanaged assets and shadow IT (2.2.1.2(d)) and their rules: the people and department named exist; a decision
 * comes with a follow-up due date; a follow-up is done only after a decision; and a device or service brought under
 * management is closed only once it links to its ledger record (a hardware/software record for a device, a system
 * for a cloud service).
 */
@Service
@Transactional
public class UnmanagedAssetService {

    static final String RECORD = "unmanagedAsset";

    private final UnmanagedAssetRepository assets;
    private final HardwareSoftwareRepository hardwareSoftware;
    private final InformationSystemRepository systems;
    private final OrganizationManagement organization;

    UnmanagedAssetService(UnmanagedAssetRepository assets, HardwareSoftwareRepository hardwareSoftware,
                          InformationSystemRepository systems, OrganizationManagement organization) {
        this.assets = assets;
        this.hardwareSoftware = hardwareSoftware;
        this.systems = systems;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    public Page<UnmanagedAsset> search(UnmanagedAssetFilter filter, Pageable pageable) {
        return assets.findAll(matching(filter), Searches.stableById(pageable));
    }

    @Transactional(readOnly = true)
    public UnmanagedAsset get(long id) {
        return assets.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    public UnmanagedAsset create(UnmanagedAssetDraft draft) {
        check(draft);
        return assets.saveAndFlush(new UnmanagedAsset(draft));
    }

    public UnmanagedAsset update(long id, UnmanagedAssetDraft draft, Long expectedVersion) {
        UnmanagedAsset asset = get(id);
        if (expectedVersion != null && expectedVersion != asset.getVersion()) {
            throw new OptimisticLockingFailureException("stale version");
        }
        check(draft);
        asset.apply(draft);
        return assets.saveAndFlush(asset);
    }

    void check(UnmanagedAssetDraft draft) {
        if (draft.discoveredById() != null
                && organization.findPerson(new PersonId(draft.discoveredById())).isEmpty()) {
            throw RuleViolationException.invalid("discoveredById", "asset.rule.owner.unknown");
        }
        if (draft.departmentId() != null
                && organization.findDepartment(new DepartmentId(draft.departmentId())).isEmpty()) {
            throw RuleViolationException.invalid("departmentId", "asset.rule.department.unknown");
        }
        if (draft.hardwareSoftwareId() != null && !hardwareSoftware.existsById(draft.hardwareSoftwareId())) {
            throw RuleViolationException.invalid("hardwareSoftwareId", "asset.unmanaged.rule.recordUnknown");
        }
        if (draft.systemId() != null && !systems.existsById(draft.systemId())) {
            throw RuleViolationException.invalid("systemId", "asset.rule.system.unknown");
        }
        if (draft.decision() == null) {
            if (draft.decidedOn() != null || draft.followUpDoneOn() != null) {
                throw RuleViolationException.invalid("decision", "asset.unmanaged.rule.decisionRequired");
            }
            return;
        }
        if (draft.decidedOn() == null) {
            throw RuleViolationException.invalid("decidedOn", "asset.unmanaged.rule.decidedOnRequired");
        }
        if (draft.decidedOn().isBefore(draft.discoveredOn())) {
            throw RuleViolationException.invalid("decidedOn", "asset.unmanaged.rule.decidedBeforeDiscovered");
        }
        if (draft.followUpDueOn() == null) {
            throw RuleViolationException.invalid("followUpDueOn", "asset.unmanaged.rule.dueRequired");
        }
        if (draft.followUpDoneOn() != null && draft.followUpDoneOn().isBefore(draft.decidedOn())) {
            throw RuleViolationException.invalid("followUpDoneOn", "asset.unmanaged.rule.doneBeforeDecision");
        }
        if (draft.decision() == UnmanagedAssetDecision.BRING_UNDER_MANAGEMENT && draft.followUpDoneOn() != null) {
            boolean linked = draft.kind() == UnmanagedAssetKind.DEVICE ? draft.hardwareSoftwareId() != null
                    : draft.systemId() != null || draft.hardwareSoftwareId() != null;
            if (!linked) {
                throw RuleViolationException.invalid(draft.kind() == UnmanagedAssetKind.DEVICE
                        ? "hardwareSoftwareId" : "systemId", "asset.unmanaged.rule.linkRequired");
            }
        }
    }

    private static Specification<UnmanagedAsset> matching(UnmanagedAssetFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String pattern = Searches.pattern(f.q());
            if (pattern != null) {
                where.add(Searches.anyLike(cb, pattern, root.get("name"), root.get("foundWhere")));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.departmentId() != null) {
                where.add(cb.equal(root.get("departmentId"), f.departmentId()));
            }
            if (f.status() != null) {
                where.add(switch (f.status()) {
                    case UNDECIDED -> cb.isNull(root.get("decision"));
                    case FOLLOWING_UP -> cb.and(cb.isNotNull(root.get("decision")),
                            cb.isNull(root.get("followUpDoneOn")));
                    case CLOSED -> cb.and(cb.isNotNull(root.get("decision")),
                            cb.isNotNull(root.get("followUpDoneOn")));
                });
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
