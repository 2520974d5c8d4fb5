package io.taisei.asset.internal;

import io.taisei.asset.HardwareSoftwareDraft;
import io.taisei.asset.HardwareSoftwareFilter;
import io.taisei.asset.ProductIdentifiers;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
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
import java.util.function.Function;

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
    private final HardwareSoftwareImportWriter importWriter;
    private final ListPages lists;

    HardwareSoftwareService(HardwareSoftwareRepository items, InformationSystemRepository systems, OwnerCheck owners,
                            SoftwareChanges changes, HardwareSoftwareImportWriter importWriter, ListPages lists) {
        this.items = items;
        this.lists = lists;
        this.systems = systems;
        this.owners = owners;
        this.changes = changes;
        this.importWriter = importWriter;
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

    /** Writes the rows of one import a chunk at a time, in the caller's transaction. */
    public interface ImportRows {

        /**
         * Creates or updates (matched by code) the rows of a chunk that passed
         * {@link HardwareSoftwareService#checkRowOfImport}.
         *
         * @return how many were created
         */
        int write(List<HardwareSoftwareDraft> chunk);
    }

    /**
     * Starts writing the rows of an import (all of them, in file order), in the caller's transaction; they are then
     * written in batches a chunk at a time (see {@link HardwareSoftwareImportWriter}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ImportRows startImport(List<HardwareSoftwareDraft> drafts) {
        return importWriter.start(drafts);
    }

    /** The rules beyond field validation, for imports that check every row before writing any. */
    public void check(HardwareSoftwareDraft draft) {
        checkValues(draft);
        owners.check(draft.ownerId());
        var ids = draft.systemIdsOrEmpty();
        if (!ids.isEmpty() && systems.countByIdIn(ids) != ids.size()) {
            throw RuleViolationException.invalid("systemIds", "asset.rule.system.unknown");
        }
    }

    /**
     * {@link #check} for a row of an import, whose system ids were looked up by code among the existing systems: no
     * query per row to see that they exist, owners found through {@code people} (which remembers them for the
     * import), and no transaction of its own (a 100,000-row file is checked row by row before anything is written;
     * saving checks the owners again, and the database the systems).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public void checkRowOfImport(HardwareSoftwareDraft draft, Function<PersonId, Optional<PersonSummary>> people) {
        checkValues(draft);
        owners.check(draft.ownerId(), people);
    }

    private static void checkValues(HardwareSoftwareDraft draft) {
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
    }
}
