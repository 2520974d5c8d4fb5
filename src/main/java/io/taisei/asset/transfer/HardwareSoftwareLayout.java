package io.taisei.asset.transfer;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.HardwareSoftwareDraft;
import io.taisei.asset.HardwareSoftwareFilter;
import io.taisei.asset.HardwareSoftwareKind;
import io.taisei.asset.HardwareSoftwareSummary;
import io.taisei.asset.Ledger;
import io.taisei.asset.internal.HardwareSoftwareService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static io.taisei.asset.transfer.Lookups.date;
import static io.taisei.asset.transfer.Lookups.text;
import static io.taisei.asset.transfer.Lookups.yesNo;

/** Ledger 2 (2.2.1.2) as a file; the systems it runs in are listed by code in one cell. */
@Component
class HardwareSoftwareLayout extends LedgerLayout<HardwareSoftwareSummary, HardwareSoftwareDraft> {

    static final Column CODE = Column.of("コード", "code");
    static final Column KIND = Column.of("種別", "kind");
    static final Column VENDOR = Column.of("ベンダー", "vendor");
    static final Column PRODUCT = Column.of("製品名", "product");
    static final Column VERSION = Column.of("バージョン", "productVersion");
    static final Column CPE = Column.of("CPE", "cpe");
    static final Column PURL = Column.of("パッケージURL", "purl");
    static final Column SUPPORT_ENDS = Column.of("サポート終了予定日", "supportEndsOn");
    static final Column EXTENDABLE = Column.of("サポート延長可能", "supportExtendable");
    static final Column EXTENDED_SUPPORT_ENDS = Column.of("延長サポート終了日", "extendedSupportEndsOn");
    static final Column LOCATION = Column.of("設置場所", "location");
    static final Column QUANTITY = Column.of("数量", "quantity");
    static final Column OWNER = Column.of("管理責任者コード", "ownerId");
    static final Column SYSTEMS = Column.of("稼働システムコード", "systemIds");

    private final AssetManagement assets;
    private final HardwareSoftwareService service;
    private final Labels labels;
    private final Map<String, HardwareSoftwareKind> kinds;

    HardwareSoftwareLayout(AssetManagement assets, HardwareSoftwareService service, Labels labels) {
        super(Ledger.HARDWARE_SOFTWARE, "ハードウェア・ソフトウェア", CODE, KIND, VENDOR, PRODUCT, VERSION, CPE, PURL,
                SUPPORT_ENDS, EXTENDABLE, EXTENDED_SUPPORT_ENDS, LOCATION, QUANTITY, OWNER, SYSTEMS);
        this.assets = assets;
        this.service = service;
        this.labels = labels;
        this.kinds = labels.parser("asset.hwKind.", HardwareSoftwareKind.class);
    }

    @Override
    Page<HardwareSoftwareSummary> page(Pageable pageable) {
        return assets.hardwareSoftware(HardwareSoftwareFilter.none(), pageable);
    }

    @Override
    List<String> cells(HardwareSoftwareSummary h, Lookups lookups) {
        return List.of(h.code(), labels.label("asset.hwKind.", h.kind()), text(h.vendor()), text(h.product()),
                text(h.productVersion()), text(h.cpe()), text(h.purl()), date(h.supportEndsOn()),
                yesNo(h.supportExtendable()), date(h.extendedSupportEndsOn()), text(h.location()),
                text(h.quantity()), lookups.personCode(h.ownerId()), lookups.systemCodes(h.systemIds()));
    }

    @Override
    HardwareSoftwareDraft draft(RowValues row, Lookups lookups) {
        Integer quantity = row.integer(QUANTITY);
        return new HardwareSoftwareDraft(row.text(CODE), row.choice(KIND, kinds), row.text(VENDOR), row.text(PRODUCT),
                row.text(VERSION), row.text(CPE), row.text(PURL), row.date(SUPPORT_ENDS), row.bool(EXTENDABLE),
                row.date(EXTENDED_SUPPORT_ENDS), row.text(LOCATION), quantity == null ? 1 : quantity,
                row.reference(OWNER, lookups::person), row.references(SYSTEMS, lookups::system));
    }

    @Override
    void check(HardwareSoftwareDraft draft, Lookups lookups) {
        // the system ids came from Lookups, which knows only existing systems
        service.checkRowOfImport(draft, lookups::person);
    }

    @Override
    Writer<HardwareSoftwareDraft> writer(List<HardwareSoftwareDraft> drafts) {
        return service.startImport(drafts)::write;
    }
}
