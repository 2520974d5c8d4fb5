package io.taisei.asset.internal;

import io.taisei.asset.HardwareSoftwareDraft;
import io.taisei.asset.HardwareSoftwareFilter;
import io.taisei.asset.ProductIdentifiers;
import io.taisei.platform.CountLimitedPage;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Ledger 2 and its rules: unique codes, identifiers in their standard formats, an extended support date only when
 * support can be extended and never before the regular end, an active owner, and systems that exist.
 */
@Service
@Transactional
public class HardwareSoftwareService {

    static final String RECORD = "hardwareSoftware";

    private final HardwareSoftwareRepository items;
    private final InformationSystemRepository systems;
    private final OwnerCheck owners;
    private final SoftwareChanges changes;
    private final ListPages lists;

    HardwareSoftwareService(HardwareSoftwareRepository items, InformationSystemRepository systems, OwnerCheck owners,
                            SoftwareChanges changes, ListPages lists) {
        this.items = items;
        this.lists = lists;
        this.systems = systems;
        this.owners = owners;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public Page<HardwareSoftware> search(HardwareSoftwareFilter filter, Pageable pageable) {
        return items.findAll(Searches.hardwareSoftware(filter), order(filter, pageable));
    }

    /** {@link #search} for the list page: the matches counted only up to a limit. */
    @Transactional(readOnly = true)
    public CountLimitedPage<HardwareSoftware> list(HardwareSoftwareFilter filter, Pageable pageable) {
        return lists.page(items, HardwareSoftware.class, Searches.hardwareSoftware(filter), order(filter, pageable));
    }

    private static Pageable order(HardwareSoftwareFilter filter, Pageable pageable) {
        return Searches.stable(pageable, Searches.equalColumn(filter));
    }

    @Transactional(readOnly = true)
    public HardwareSoftware get(long id) {
        return items.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    @Transactional(readOnly = true)
    public Optional<HardwareSoftware> byCode(String code) {
        return items.findByCodeKey(Text.codeKey(code));
    }

    @Transactional(readOnly = true)
    public List<HardwareSoftware> bySystem(long systemId) {
        return items.findBySystem(systemId);
    }

    public HardwareSoftware create(HardwareSoftwareDraft draft) {
        if (items.existsByCodeKey(Text.codeKey(draft.code()))) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        check(draft);
        HardwareSoftware saved = items.saveAndFlush(new HardwareSoftware(draft));
        changes.changed(saved.getId());
        return saved;
    }

    public HardwareSoftware update(long id, HardwareSoftwareDraft draft, Long expectedVersion) {
        HardwareSoftware item = get(id);
        if (expectedVersion != null && expectedVersion != item.getVersion()) {
            throw new OptimisticLockingFailureException("stale version");
        }
        if (items.existsByCodeKeyAndIdNot(Text.codeKey(draft.code()), id)) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        check(draft);
        item.apply(draft);
        HardwareSoftware saved = items.saveAndFlush(item);
        changes.changed(saved.getId());
        return saved;
    }

    /**
     * Creates or updates (matched by code) a row of an import that passed {@link #checkRowOfImport}: one lookup by
     * code and the writes, instead of a lookup, a second look for a taken code and a query for the systems per row.
     *
     * @return true when the row was created
     */
    public boolean importRow(HardwareSoftwareDraft draft) {
        Optional<HardwareSoftware> existing = items.findByCodeKey(Text.codeKey(draft.code()));
        owners.check(draft.ownerId()); // the owner may have left since the file was checked
        HardwareSoftware item = existing.orElseGet(() -> new HardwareSoftware(draft));
        existing.ifPresent(found -> found.apply(draft));
        changes.changed(items.saveAndFlush(item).getId());
        return existing.isEmpty();
    }

    /** The rules beyond field validation, for imports that check every row before writing any. */
    public void check(HardwareSoftwareDraft draft) {
        checkRowOfImport(draft);
        var ids = draft.systemIdsOrEmpty();
        if (!ids.isEmpty() && systems.countByIdIn(ids) != ids.size()) {
            throw RuleViolationException.invalid("systemIds", "asset.rule.system.unknown");
        }
    }

    /**
     * {@link #check} for a row of an import, whose system ids were looked up by code among the existing systems: no
     * query per row to see that they exist, and no transaction of its own (a 100,000-row file is checked row by row
     * before anything is written; saving checks the systems again).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public void checkRowOfImport(HardwareSoftwareDraft draft) {
        String cpe = Text.clean(draft.cpe());
        if (cpe != null && !ProductIdentifiers.isCpe23(cpe)) {
            throw RuleViolationException.invalid("cpe", "asset.rule.cpe");
        }
        String purl = Text.clean(draft.purl());
        if (purl != null && !ProductIdentifiers.isPackageUrl(purl)) {
            throw RuleViolationException.invalid("purl", "asset.rule.purl");
        }
        if (draft.extendedSupportEndsOn() != null) {
            if (!draft.supportExtendable()) {
                throw RuleViolationException.invalid("extendedSupportEndsOn", "asset.rule.support.notExtendable");
            }
            if (draft.supportEndsOn() != null && draft.extendedSupportEndsOn().isBefore(draft.supportEndsOn())) {
                throw RuleViolationException.invalid("extendedSupportEndsOn", "asset.rule.support.extendedBeforeEnd");
            }
        }
        owners.check(draft.ownerId());
    }
}
