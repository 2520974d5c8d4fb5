package io.taisei.asset.transfer;

/**
 * The columns of the systems ledger file, in order, with their Japanese headers and the draft field each fills (so
 * that a validation error on a field is reported against its column). The protection priority is written on export
 * and ignored on import: it is always derived.
 */
enum SystemColumn {
    CODE("コード", "code"),
    NAME("名称", "name"),
    PURPOSE("用途・目的", "purpose"),
    KIND("種別", "kind"),
    LEGAL_ENTITY("法人コード", "legalEntityId"),
    DEPARTMENT("所管部署コード", "departmentId"),
    OWNER("管理責任者コード", "ownerId"),
    LIFECYCLE("ライフサイクル", "lifecycle"),
    IMPORTANCE("重要度", "importance"),
    CONFIDENTIALITY("機密性", "confidentiality"),
    INTEGRITY("完全性", "integrity"),
    AVAILABILITY("可用性", "availability"),
    PRIORITY("保護の優先度（自動算出）", null),
    INTERNET_EXPOSED("インターネット公開", "internetExposed"),
    ENVIRONMENT("環境", "environment"),
    RTO("目標復旧時間RTO（分）", "rtoMinutes"),
    RPO("目標復旧時点RPO（分）", "rpoMinutes"),
    SERVICE_KIND("サービス種別", "serviceKind"),
    PROVIDER("提供者", "provider"),
    SHARED_RESPONSIBILITY("責任共有の整理", "sharedResponsibility"),
    CONTRACT("契約番号・参照", "contractReference");

    final String header;
    final String field;

    SystemColumn(String header, String field) {
        this.header = header;
        this.field = field;
    }

    boolean requiredOnImport() {
        return field != null;
    }

    static SystemColumn ofField(String field) {
        for (SystemColumn column : values()) {
            if (field != null && field.equals(column.field)) {
                return column;
            }
        }
        return null;
    }
}
