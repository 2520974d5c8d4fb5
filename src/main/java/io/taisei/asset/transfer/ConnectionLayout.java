package io.taisei.asset.transfer;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.ConnectionDraft;
import io.taisei.asset.ConnectionFilter;
import io.taisei.asset.ConnectionKind;
import io.taisei.asset.ConnectionSummary;
import io.taisei.asset.DataCategory;
import io.taisei.asset.Direction;
import io.taisei.asset.Ledger;
import io.taisei.asset.internal.NetworkService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.taisei.asset.transfer.Lookups.text;
import static io.taisei.asset.transfer.Lookups.yesNo;

/** Connections (2.2.1.4) as a file: systems and zones by code, the data that flows as labels in one cell. */
@Component
class ConnectionLayout extends LedgerLayout<ConnectionSummary, ConnectionDraft> {

    static final Column CODE = Column.of("コード", "code");
    static final Column KIND = Column.of("種別", "kind");
    static final Column FROM = Column.of("接続元システムコード", "fromSystemId");
    static final Column TO = Column.of("接続先システムコード", "toSystemId");
    static final Column COUNTERPARTY = Column.of("外部の接続先", "counterparty");
    static final Column DIRECTION = Column.of("方向", "direction");
    static final Column DATA = Column.of("流れるデータ", "dataCategories");
    static final Column PROTOCOL = Column.of("プロトコル", "protocol");
    static final Column ENCRYPTED = Column.of("暗号化", "encrypted");
    static final Column ZONE = Column.of("ゾーンコード", "zoneId");
    static final Column DESCRIPTION = Column.of("説明", "description");

    private final AssetManagement assets;
    private final NetworkService service;
    private final Labels labels;
    private final Map<String, ConnectionKind> kinds;
    private final Map<String, Direction> directions;
    private final Map<String, DataCategory> categories;

    ConnectionLayout(AssetManagement assets, NetworkService service, Labels labels) {
        super(Ledger.CONNECTIONS, "接続", CODE, KIND, FROM, TO, COUNTERPARTY, DIRECTION, DATA, PROTOCOL, ENCRYPTED, ZONE,
                DESCRIPTION);
        this.assets = assets;
        this.service = service;
        this.labels = labels;
        this.kinds = labels.parser("asset.connectionKind.", ConnectionKind.class);
        this.directions = labels.parser("asset.direction.", Direction.class);
        this.categories = labels.parser("asset.dataCategory.", DataCategory.class);
    }

    @Override
    Page<ConnectionSummary> page(Pageable pageable) {
        return assets.connections(new ConnectionFilter(null, null, null, null, null), pageable);
    }

    @Override
    List<String> cells(ConnectionSummary c, Lookups lookups) {
        return List.of(c.code(), labels.label("asset.connectionKind.", c.kind()), lookups.systemCode(c.fromSystemId()),
                lookups.systemCode(c.toSystemId()), text(c.counterparty()),
                labels.label("asset.direction.", c.direction()),
                c.dataCategories().stream().sorted().map(d -> labels.label("asset.dataCategory.", d))
                        .collect(Collectors.joining("、")),
                text(c.protocol()), yesNo(c.encrypted()), lookups.zoneCode(c.zoneId()), text(c.description()));
    }

    @Override
    ConnectionDraft draft(RowValues row, Lookups lookups) {
        return new ConnectionDraft(row.text(CODE), row.choice(KIND, kinds), row.reference(FROM, lookups::system),
                row.reference(TO, lookups::system), row.text(COUNTERPARTY), row.choice(DIRECTION, directions),
                row.choices(DATA, categories), row.text(PROTOCOL), row.bool(ENCRYPTED),
                row.reference(ZONE, lookups::zone), row.text(DESCRIPTION));
    }

    @Override
    void check(ConnectionDraft draft, Lookups lookups) {
        service.check(draft);
    }

    @Override
    Writer<ConnectionDraft> writer(List<ConnectionDraft> drafts) {
        return oneByOne(this::save);
    }

    /** Creates the record, or updates the one with the draft's code; true when it was created. */
    private boolean save(ConnectionDraft draft) {
        var existing = assets.connectionByCode(draft.code());
        if (existing.isPresent()) {
            assets.updateConnection(existing.get().id(), draft, null);
            return false;
        }
        assets.createConnection(draft);
        return true;
    }
}
