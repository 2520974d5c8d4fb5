package io.taisei.asset.transfer;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.Ledger;
import io.taisei.asset.NetworkZoneDraft;
import io.taisei.asset.NetworkZoneSummary;
import io.taisei.asset.ZoneKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static io.taisei.asset.transfer.Lookups.text;

/** Network zones and segments (2.2.1.4) as a file. */
@Component
class ZoneLayout extends LedgerLayout<NetworkZoneSummary, NetworkZoneDraft> {

    static final Column CODE = Column.of("コード", "code");
    static final Column NAME = Column.of("名称", "name");
    static final Column KIND = Column.of("種別", "kind");
    static final Column ADDRESS_RANGES = Column.of("アドレス範囲（CIDR）", "addressRanges");
    static final Column DESCRIPTION = Column.of("説明", "description");

    private final AssetManagement assets;
    private final Labels labels;
    private final Map<String, ZoneKind> kinds;

    ZoneLayout(AssetManagement assets, Labels labels) {
        super(Ledger.NETWORK_ZONES, "ネットワークゾーン", CODE, NAME, KIND, ADDRESS_RANGES, DESCRIPTION);
        this.assets = assets;
        this.labels = labels;
        this.kinds = labels.parser("asset.zoneKind.", ZoneKind.class);
    }

    @Override
    Page<NetworkZoneSummary> page(Pageable pageable) {
        return assets.zones(null, pageable);
    }

    @Override
    List<String> cells(NetworkZoneSummary z, Lookups lookups) {
        return List.of(z.code(), text(z.name()), labels.label("asset.zoneKind.", z.kind()), text(z.addressRanges()),
                text(z.description()));
    }

    @Override
    NetworkZoneDraft draft(RowValues row, Lookups lookups) {
        return new NetworkZoneDraft(row.text(CODE), row.text(NAME), row.choice(KIND, kinds), row.text(ADDRESS_RANGES),
                row.text(DESCRIPTION));
    }

    @Override
    void check(NetworkZoneDraft draft, Lookups lookups) {
        // a zone has no rules beyond its fields' formats
    }

    @Override
    Writer<NetworkZoneDraft> writer(List<NetworkZoneDraft> drafts) {
        return oneByOne(this::save);
    }

    /** Creates the record, or updates the one with the draft's code; true when it was created. */
    private boolean save(NetworkZoneDraft draft) {
        var existing = assets.zoneByCode(draft.code());
        if (existing.isPresent()) {
            assets.updateZone(existing.get().id(), draft, null);
            return false;
        }
        assets.createZone(draft);
        return true;
    }
}
