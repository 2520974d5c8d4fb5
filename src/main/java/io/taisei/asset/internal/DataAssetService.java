package io.taisei.asset.internal;

import io.taisei.asset.DataAssetDraft;
import io.taisei.asset.DataAssetFilter;
import io.taisei.platform.CountLimitedPage;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Ledger 3 and its rules: unique codes, systems that exist, an active owner. */
@Service
@Transactional
public class DataAssetService {

    static final String RECORD = "data";

    private final DataAssetRepository data;
    private final InformationSystemRepository systems;
    private final OwnerCheck owners;
    private final ListPages lists;

    DataAssetService(DataAssetRepository data, InformationSystemRepository systems, OwnerCheck owners,
                     ListPages lists) {
        this.data = data;
        this.lists = lists;
        this.systems = systems;
        this.owners = owners;
    }

    @Transactional(readOnly = true)
    public Page<DataAsset> search(DataAssetFilter filter, Pageable pageable) {
        return data.findAll(Searches.data(filter), order(filter, pageable));
    }

    /** {@link #search} for the list page: the matches counted only up to a limit. */
    @Transactional(readOnly = true)
    public CountLimitedPage<DataAsset> list(DataAssetFilter filter, Pageable pageable) {
        return lists.page(data, DataAsset.class, Searches.data(filter), order(filter, pageable));
    }

    private static Pageable order(DataAssetFilter filter, Pageable pageable) {
        return Searches.stable(pageable, Searches.equalColumn(filter));
    }

    @Transactional(readOnly = true)
    public DataAsset get(long id) {
        return data.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    @Transactional(readOnly = true)
    public Optional<DataAsset> byCode(String code) {
        return data.findByCodeKey(Text.codeKey(code));
    }

    @Transactional(readOnly = true)
    public List<DataAsset> bySystem(long systemId) {
        return data.findBySystem(systemId);
    }

    public DataAsset create(DataAssetDraft draft) {
        if (data.existsByCodeKey(Text.codeKey(draft.code()))) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        check(draft);
        return data.save(new DataAsset(draft));
    }

    public DataAsset update(long id, DataAssetDraft draft, Long expectedVersion) {
        DataAsset record = get(id);
        if (expectedVersion != null && expectedVersion != record.getVersion()) {
            throw new OptimisticLockingFailureException("stale version");
        }
        if (data.existsByCodeKeyAndIdNot(Text.codeKey(draft.code()), id)) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        check(draft);
        record.apply(draft);
        return data.saveAndFlush(record);
    }

    /** The rules beyond field validation, for imports that check every row before writing any. */
    public void check(DataAssetDraft draft) {
        requireSystems(systems, "storedInIds", draft.storedInOrEmpty());
        requireSystems(systems, "processedInIds", draft.processedInOrEmpty());
        owners.check(draft.ownerId());
    }

    static void requireSystems(InformationSystemRepository systems, String field, Collection<Long> ids) {
        if (!ids.isEmpty() && systems.countByIdIn(ids) != ids.size()) {
            throw RuleViolationException.invalid(field, "asset.rule.system.unknown");
        }
    }
}
