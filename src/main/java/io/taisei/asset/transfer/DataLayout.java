package io.taisei.asset.transfer;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.Classification;
import io.taisei.asset.DataAssetDraft;
import io.taisei.asset.DataAssetFilter;
import io.taisei.asset.DataAssetSummary;
import io.taisei.asset.DataCategory;
import io.taisei.asset.Ledger;
import io.taisei.asset.internal.DataAssetService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static io.taisei.asset.transfer.Lookups.text;

/** Ledger 3 (2.2.1.3) as a file; the systems storing and processing the data are listed by code. */
@Component
class DataLayout extends LedgerLayout<DataAssetSummary, DataAssetDraft> {

    static final Column CODE = Column.of("コード", "code");
    static final Column NAME = Column.of("名称", "name");
    static final Column CATEGORY = Column.of("データ区分", "category");
    static final Column CLASSIFICATION = Column.of("格付け", "classification");
    static final Column STORED_IN = Column.of("保管先システムコード", "storedInIds");
    static final Column PROCESSED_IN = Column.of("処理先システムコード", "processedInIds");
    static final Column VOLUME = Column.of("件数・量", "volume");
    static final Column RETENTION = Column.of("保存期間", "retention");
    static final Column OWNER = Column.of("管理責任者コード", "ownerId");

    private final AssetManagement assets;
    private final DataAssetService service;
    private final Labels labels;
    private final Map<String, DataCategory> categories;
    private final Map<String, Classification> classifications;

    DataLayout(AssetManagement assets, DataAssetService service, Labels labels) {
        super(Ledger.DATA, "情報（データ）", CODE, NAME, CATEGORY, CLASSIFICATION, STORED_IN, PROCESSED_IN, VOLUME,
                RETENTION, OWNER);
        this.assets = assets;
        this.service = service;
        this.labels = labels;
        this.categories = labels.parser("asset.dataCategory.", DataCategory.class);
        this.classifications = labels.parser("asset.classification.", Classification.class);
    }

    @Override
    Page<DataAssetSummary> page(Pageable pageable) {
        return assets.data(new DataAssetFilter(null, null, null, null), pageable);
    }

    @Override
    List<String> cells(DataAssetSummary d, Lookups lookups) {
        return List.of(d.code(), text(d.name()), labels.label("asset.dataCategory.", d.category()),
                labels.label("asset.classification.", d.classification()), lookups.systemCodes(d.storedIn()),
                lookups.systemCodes(d.processedIn()), text(d.volume()), text(d.retention()),
                lookups.personCode(d.ownerId()));
    }

    @Override
    DataAssetDraft draft(RowValues row, Lookups lookups) {
        return new DataAssetDraft(row.text(CODE), row.text(NAME), row.choice(CATEGORY, categories),
                row.choice(CLASSIFICATION, classifications), row.references(STORED_IN, lookups::system),
                row.references(PROCESSED_IN, lookups::system), row.text(VOLUME), row.text(RETENTION),
                row.reference(OWNER, lookups::person));
    }

    @Override
    void check(DataAssetDraft draft, Lookups lookups) {
        service.check(draft);
    }

    @Override
    Writer<DataAssetDraft> writer(List<DataAssetDraft> drafts) {
        return oneByOne(this::save);
    }

    /** Creates the record, or updates the one with the draft's code; true when it was created. */
    private boolean save(DataAssetDraft draft) {
        var existing = assets.dataByCode(draft.code());
        if (existing.isPresent()) {
            assets.updateData(existing.get().id(), draft, null);
            return false;
        }
        assets.createData(draft);
        return true;
    }
}
