package io.taisei.asset;

import io.taisei.organization.DepartmentDraft;
import io.taisei.organization.DepartmentSummary;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LegalEntitySummary;
import io.taisei.organization.LineOfDefence;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonDraft;
import io.taisei.organization.PersonSummary;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Callers and organization records the asset tests build on; every test makes its own, with unique codes. */
final class AssetFixtures {

    static final RequestPostProcessor WRITER = user("first-line").authorities(() -> "asset.read", () -> "asset.write");
    static final RequestPostProcessor READER = user("auditor").authorities(() -> "asset.read");
    static final RequestPostProcessor OUTSIDER = user("operator").authorities(() -> "metrics.read");

    private AssetFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A legal entity with one department and one person in it. */
    record Org(LegalEntitySummary legalEntity, DepartmentSummary department, PersonSummary person) {
    }

    static Org org(OrganizationManagement organization) {
        String code = unique("ORG");
        LegalEntitySummary le = organization.createLegalEntity(new LegalEntityDraft(code, "大成銀行 " + code, null,
                LegalEntityKind.INSTITUTION, "JP", null));
        DepartmentSummary dept = organization.createDepartment(new DepartmentDraft(code + "-IT", "システム部 " + code,
                null, le.id().value(), null, LineOfDefence.FIRST));
        PersonSummary person = organization.createPerson(new PersonDraft(code + "-P", "山田 太郎", null,
                code.toLowerCase() + "@example.jp", null, dept.id().value(), null, Set.of(), null));
        return new Org(le, dept, person);
    }

    static SystemDraft inHouse(String code, Org org) {
        return new SystemDraft(code, "勘定系システム", "預金・為替の勘定処理", SystemKind.IN_HOUSE,
                org.legalEntity().id().value(), org.department().id().value(), org.person().id().value(),
                LifecycleStatus.IN_SERVICE, Importance.CRITICAL, Rating.HIGH, Rating.HIGH, Rating.HIGH, false,
                Environment.PRODUCTION, 240, 15, null, null, null, null);
    }

    static SystemDraft saas(String code, Org org) {
        return new SystemDraft(code, "メールサービス", "社内メール", SystemKind.EXTERNAL_SERVICE,
                org.legalEntity().id().value(), org.department().id().value(), null,
                LifecycleStatus.IN_SERVICE, Importance.MEDIUM, Rating.MEDIUM, Rating.LOW, Rating.MEDIUM, true,
                Environment.PRODUCTION, null, null, ServiceKind.SAAS, "Example Cloud K.K.",
                "OSとミドルウェアは提供者、アカウント管理は当社", "C-2026-001");
    }
}
