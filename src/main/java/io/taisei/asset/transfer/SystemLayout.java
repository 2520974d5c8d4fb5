package io.taisei.asset.transfer;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.Environment;
import io.taisei.asset.Importance;
import io.taisei.asset.Ledger;
import io.taisei.asset.LifecycleStatus;
import io.taisei.asset.Rating;
import io.taisei.asset.ServiceKind;
import io.taisei.asset.SystemDraft;
import io.taisei.asset.SystemFilter;
import io.taisei.asset.SystemKind;
import io.taisei.asset.SystemSummary;
import io.taisei.asset.internal.SystemService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static io.taisei.asset.transfer.Lookups.text;
import static io.taisei.asset.transfer.Lookups.yesNo;

/**
 * Ledger 1 (2.2.1.1) as a file. The protection priority is written on export and ignored on import: it is always
 * derived.
 */
@Component
class SystemLayout extends LedgerLayout<SystemSummary, SystemDraft> {

    static final Column CODE = Column.of("コード", "code");
    static final Column NAME = Column.of("名称", "name");
    static final Column PURPOSE = Column.of("用途・目的", "purpose");
    static final Column KIND = Column.of("種別", "kind");
    static final Column LEGAL_ENTITY = Column.of("法人コード", "legalEntityId");
    static final Column DEPARTMENT = Column.of("所管部署コード", "departmentId");
    static final Column OWNER = Column.of("管理責任者コード", "ownerId");
    static final Column LIFECYCLE = Column.of("ライフサイクル", "lifecycle");
    static final Column IMPORTANCE = Column.of("重要度", "importance");
    static final Column CONFIDENTIALITY = Column.of("機密性", "confidentiality");
    static final Column INTEGRITY = Column.of("完全性", "integrity");
    static final Column AVAILABILITY = Column.of("可用性", "availability");
    static final Column PRIORITY = Column.derived("保護の優先度（自動算出）");
    static final Column INTERNET_EXPOSED = Column.of("インターネット公開", "internetExposed");
    static final Column ENVIRONMENT = Column.of("環境", "environment");
    static final Column RTO = Column.of("目標復旧時間RTO（分）", "rtoMinutes");
    static final Column RPO = Column.of("目標復旧時点RPO（分）", "rpoMinutes");
    static final Column SERVICE_KIND = Column.of("サービス種別", "serviceKind");
    static final Column PROVIDER = Column.of("提供者", "provider");
    static final Column SHARED_RESPONSIBILITY = Column.of("責任共有の整理", "sharedResponsibility");
    static final Column CONTRACT = Column.of("契約番号・参照", "contractReference");

    private final AssetManagement assets;
    private final SystemService systems;
    private final Labels labels;
    private final Map<String, SystemKind> kinds;
    private final Map<String, LifecycleStatus> lifecycles;
    private final Map<String, Importance> importances;
    private final Map<String, Rating> ratings;
    private final Map<String, Environment> environments;
    private final Map<String, ServiceKind> serviceKinds;

    SystemLayout(AssetManagement assets, SystemService systems, Labels labels) {
        super(Ledger.SYSTEMS, "情報システム", CODE, NAME, PURPOSE, KIND, LEGAL_ENTITY, DEPARTMENT, OWNER, LIFECYCLE,
                IMPORTANCE, CONFIDENTIALITY, INTEGRITY, AVAILABILITY, PRIORITY, INTERNET_EXPOSED, ENVIRONMENT, RTO, RPO,
                SERVICE_KIND, PROVIDER, SHARED_RESPONSIBILITY, CONTRACT);
        this.assets = assets;
        this.systems = systems;
        this.labels = labels;
        this.kinds = labels.parser("asset.systemKind.", SystemKind.class);
        this.lifecycles = labels.parser("asset.lifecycle.", LifecycleStatus.class);
        this.importances = labels.parser("asset.importance.", Importance.class);
        this.ratings = labels.parser("asset.rating.", Rating.class);
        this.environments = labels.parser("asset.environment.", Environment.class);
        this.serviceKinds = labels.parser("asset.serviceKind.", ServiceKind.class);
    }

    @Override
    Page<SystemSummary> page(Pageable pageable) {
        return assets.systems(SystemFilter.none(), pageable);
    }

    @Override
    List<String> cells(SystemSummary s, Lookups lookups) {
        return List.of(s.code(), text(s.name()), text(s.purpose()), labels.label("asset.systemKind.", s.kind()),
                lookups.legalEntityCode(s.legalEntityId()), lookups.departmentCode(s.departmentId()),
                lookups.personCode(s.ownerId()), labels.label("asset.lifecycle.", s.lifecycle()),
                labels.label("asset.importance.", s.importance()), labels.label("asset.rating.", s.confidentiality()),
                labels.label("asset.rating.", s.integrity()), labels.label("asset.rating.", s.availability()),
                s.protectionPriority().name(), yesNo(s.internetExposed()),
                labels.label("asset.environment.", s.environment()), text(s.rtoMinutes()), text(s.rpoMinutes()),
                labels.label("asset.serviceKind.", s.serviceKind()), text(s.provider()),
                text(s.sharedResponsibility()), text(s.contractReference()));
    }

    @Override
    SystemDraft draft(RowValues row, Lookups lookups) {
        return new SystemDraft(row.text(CODE), row.text(NAME), row.text(PURPOSE), row.choice(KIND, kinds),
                row.reference(LEGAL_ENTITY, lookups::legalEntity), row.reference(DEPARTMENT, lookups::department),
                row.reference(OWNER, lookups::person), row.choice(LIFECYCLE, lifecycles),
                row.choice(IMPORTANCE, importances), row.choice(CONFIDENTIALITY, ratings),
                row.choice(INTEGRITY, ratings), row.choice(AVAILABILITY, ratings), row.bool(INTERNET_EXPOSED),
                row.choice(ENVIRONMENT, environments), row.integer(RTO), row.integer(RPO),
                row.choice(SERVICE_KIND, serviceKinds), row.text(PROVIDER), row.text(SHARED_RESPONSIBILITY),
                row.text(CONTRACT));
    }

    @Override
    void check(SystemDraft draft, Lookups lookups) {
        systems.check(draft);
    }

    @Override
    Writer<SystemDraft> writer(List<SystemDraft> drafts) {
        return oneByOne(this::save);
    }

    /** Creates the record, or updates the one with the draft's code; true when it was created. */
    private boolean save(SystemDraft draft) {
        var existing = assets.systemByCode(draft.code());
        if (existing.isPresent()) {
            assets.updateSystem(existing.get().id(), draft, null);
            return false;
        }
        assets.createSystem(draft);
        return true;
    }
}
