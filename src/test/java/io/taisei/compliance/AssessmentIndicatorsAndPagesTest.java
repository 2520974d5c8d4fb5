package io.taisei.compliance;

import io.taisei.compliance.assessment.AnswerDraft;
import io.taisei.compliance.assessment.AssessmentManagement;
import io.taisei.compliance.assessment.AssessmentStatus;
import io.taisei.compliance.assessment.CampaignDraft;
import io.taisei.compliance.assessment.GapReport;
import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.IndicatorStatus;
import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccountRepository;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Live indicators from the modules that own the data (identity, asset, audit) reach the campaign item, and a "met"
 * that an indicator contradicts is called out on the page and in the gap report.
 */
// Its own application context, so its own database: the indicators count every user and ledger record, and other
// test classes sharing a context would add theirs.
@SpringBootTest(properties = "taisei.test.isolated-database=assessment-indicators")
@AutoConfigureMockMvc
class AssessmentIndicatorsAndPagesTest {

    static final RequestPostProcessor ASSESSOR = user("alice").authorities(() -> "compliance.read",
            () -> "compliance.assess");
    static final RequestPostProcessor AUDITOR = user("auditor").authorities(() -> "compliance.read");

    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentManagement assessments;
    @Autowired
    OrganizationManagement organization;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.taisei.audit.AuditManagement audit;
    @Autowired
    UserAccountRepository users;

    long campaignId;

    <T> T as(String username, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, "n/a", "x"));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @BeforeEach
    void campaign() {
        CampaignUsers.ensure(users, "alice", Role.FIRST_LINE);
        CampaignUsers.ensure(users, "bob", Role.FIRST_LINE);
        CampaignUsers.ensure(users, "carol", Role.FIRST_LINE);
        CampaignUsers.ensure(users, "risk", Role.RISK_MANAGEMENT);
        String code = "LE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long entity = as("admin", () -> organization.createLegalEntity(new LegalEntityDraft(code, "大成銀行 " + code,
                null, LegalEntityKind.INSTITUTION, "JP", null))).id().value();
        campaignId = as("ciso", () -> assessments.createCampaign(new CampaignDraft("指標確認", entity, null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), List.of("alice"), "risk"))).id();
    }

    private void account(String username, String role, boolean mfa) {
        jdbc.update("insert into idn_user (username, display_name, enabled, mfa_enabled, created_at, updated_at) "
                + "values (?, ?, true, ?, current_timestamp, current_timestamp)", username, username, mfa);
        Long id = jdbc.queryForObject("select id from idn_user where username = ?", Long.class, username);
        jdbc.update("insert into idn_user_role (user_id, role) values (?, ?)", id, role);
    }

    private ComplianceIndicator mfaIndicator() {
        return assessments.indicators("2.3.1-5").stream()
                .filter(i -> i.id().equals("identity.mfa.privileged")).findFirst().orElseThrow();
    }

    private void hardwareSoftware(String version, LocalDate supportEndsOn) {
        jdbc.update("insert into ast_hardware_software (code, kind, product, product_version, support_ends_on, "
                        + "support_extendable, created_at, updated_at) values (?, 'SOFTWARE', 'PostgreSQL', ?, ?, false, "
                        + "current_timestamp, current_timestamp)",
                "HS-" + UUID.randomUUID().toString().substring(0, 8), version, supportEndsOn);
    }

    @Test
    void identityMeasuresTheShareOfPrivilegedUsersWithMfa() {
        // the campaign's reviewer ("risk", risk management, no second factor) is already counted
        ComplianceIndicator before = mfaIndicator();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        account("ciso-" + suffix, "CISO", true);
        account("risk-" + suffix, "RISK_MANAGEMENT", false);
        account("clerk-" + suffix, "FIRST_LINE", false);
        ComplianceIndicator mfa = mfaIndicator();
        assertThat(mfa.numerator()).isEqualTo(before.numerator() + 1);
        assertThat(mfa.denominator()).isEqualTo(before.denominator() + 2);
        assertThat(mfa.displayValue()).isEqualTo(Math.round(100.0 * mfa.numerator() / mfa.denominator()));
        assertThat(mfa.status()).isEqualTo(IndicatorStatus.BAD);
        assertThat(mfa.links()).extracting(l -> l.href()).containsExactly("/admin/users");
    }

    @Test
    void assetMeasuresLedgerCompletenessAndAMetClaimAgainstABadIndicatorIsCalledOutOnThePageAndInTheApi() throws Exception {
        hardwareSoftware("16.4", LocalDate.of(2028, 11, 9));
        hardwareSoftware(null, null);
        ComplianceIndicator completeness = assessments.indicators("2.2.1.2-1").stream()
                .filter(i -> i.id().equals("asset.hardwareSoftware.versionAndSupport")).findFirst().orElseThrow();
        assertThat(completeness.numerator()).isEqualTo(1);
        assertThat(completeness.denominator()).isEqualTo(2);
        assertThat(completeness.status()).isEqualTo(IndicatorStatus.BAD);

        as("alice", () -> assessments.answer(campaignId, "2.2.1.2-1",
                new AnswerDraft(AssessmentStatus.MET, null, null, "台帳は整備済み", null), null));
        mvc.perform(get("/compliance/assessments/{id}/items/{key}", campaignId, "2.2.1.2-1").with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"indicator-contradiction\"")))
                .andExpect(content().string(containsString("data-indicator=\"asset.hardwareSoftware.versionAndSupport\"")));
        mvc.perform(get("/api/v1/assessments/{id}/items/{key}", campaignId, "2.2.1.2-1").with(AUDITOR))
                .andExpect(jsonPath("$.contradictedByIndicator").value(true))
                .andExpect(jsonPath("$.indicators[0].status").value("BAD"))
                .andExpect(jsonPath("$.indicators[0].displayValue").value(50))
                .andExpect(jsonPath("$.indicators[0].label").value("バージョンとサポート期限が記録されたHW・SW"))
                .andExpect(jsonPath("$.indicators[0].rule").value(org.hamcrest.Matchers.startsWith(
                        "バージョンとサポート期限の両方が記録されたHW・SWの割合。95% 以上で良好、80% 以上で注意")))
                .andExpect(jsonPath("$.indicators[0].links[0].label").value("ハードウェア・ソフトウェア台帳"))
                .andExpect(jsonPath("$.indicators[0].links[0].href").value("/assets/hardware-software"));
        // the texts follow the caller's language
        mvc.perform(get("/api/v1/assessments/{id}/items/{key}", campaignId, "2.2.1.2-1").with(AUDITOR)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.indicators[0].label").value("Hardware/software with version and support end date"))
                .andExpect(jsonPath("$.indicators[0].labelKey").value("asset.indicator.versionAndSupport"));
        GapReport report = assessments.gapReport(campaignId);
        assertThat(report.gaps()).anyMatch(g -> g.item().itemKey().equals("2.2.1.2-1")
                && g.category() == GapReport.Category.CONTRADICTED && !g.badIndicators().isEmpty());
        mvc.perform(get("/compliance/assessments/{id}/gaps", campaignId).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-category=\"CONTRADICTED\"")));
    }

    @Test
    void anItemNoIndicatorContradictsShowsNoWarning() throws Exception {
        as("alice", () -> assessments.answer(campaignId, "2.1.1-1",
                new AnswerDraft(AssessmentStatus.MET, null, null, null, null), null));
        mvc.perform(get("/compliance/assessments/{id}/items/{key}", campaignId, "2.1.1-1").with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-indicators\"")))
                .andExpect(content().string(not(containsString("id=\"indicator-contradiction\""))));
    }

    @Test
    void auditReportsWhetherTheLastStoredVerificationFoundTheChainIntactAndHowOldTheNewestCheckpointIs() {
        audit.verifyAndRecord(io.taisei.audit.AuditVerificationRun.Trigger.API);
        List<ComplianceIndicator> indicators = assessments.indicators("2.3.4.2-1");
        assertThat(indicators).extracting(ComplianceIndicator::id)
                .containsExactly("audit.chain.intact", "audit.checkpoint.age");
        assertThat(indicators.get(0).status()).isEqualTo(IndicatorStatus.GOOD);
    }

    @Test
    void anAssessorAnswersOnThePageAndARefusalComesBackWithItsReason() throws Exception {
        mvc.perform(post("/compliance/assessments/{id}/items/{key}", campaignId, "2.2.1-1").with(ASSESSOR).with(csrf())
                        .param("status", "NOT_APPLICABLE"))
                .andExpect(redirectedUrl("/compliance/assessments/" + campaignId + "/items/2.2.1-1"))
                .andExpect(flash().attribute("errorKey", "assessment.answer.reason.required"));
        mvc.perform(post("/compliance/assessments/{id}/items/{key}", campaignId, "2.2.1-1").with(ASSESSOR).with(csrf())
                        .param("status", "PARTIALLY_MET").param("comment", "手続の見直しが未了"))
                .andExpect(flash().attribute("message", "assessment.saved"));
        assertThat(assessments.item(campaignId, "2.2.1-1").status()).isEqualTo(AssessmentStatus.PARTIALLY_MET);
    }

    @Test
    void aCampaignIsCreatedOnItsFormAndAReviewerAmongTheAssessorsIsShownBesideTheField() throws Exception {
        RequestPostProcessor campaigner = user("ciso").authorities(() -> "compliance.read", () -> "compliance.campaign");
        long entity = assessments.campaign(campaignId).legalEntityId();
        mvc.perform(get("/compliance/assessments/new").with(campaigner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"assessors\"")));
        mvc.perform(post("/compliance/assessments/new").with(campaigner).with(csrf())
                        .param("name", "兼任チェック").param("legalEntityId", String.valueOf(entity))
                        .param("periodFrom", "2026-04-01").param("periodTo", "2027-03-31")
                        .param("assessors", "alice, risk").param("reviewer", "risk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("レビュー担当者は評価者を兼ねられません")));
        mvc.perform(post("/compliance/assessments/new").with(campaigner).with(csrf())
                        .param("name", "新規キャンペーン").param("legalEntityId", String.valueOf(entity))
                        .param("periodFrom", "2026-04-01").param("periodTo", "2027-03-31")
                        .param("assessors", "alice, bob").param("reviewer", "risk"))
                .andExpect(status().is3xxRedirection());
        assertThat(assessments.campaigns(entity, org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .anyMatch(c -> c.name().equals("新規キャンペーン") && c.assessors().containsAll(List.of("alice", "bob")));
        // a draft's people change on its edit page
        mvc.perform(get("/compliance/assessments/{id}/edit", campaignId).with(campaigner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"指標確認\"")));
        mvc.perform(post("/compliance/assessments/{id}/edit", campaignId).with(campaigner).with(csrf())
                        .param("name", "指標確認（改）").param("legalEntityId", String.valueOf(entity))
                        .param("periodFrom", "2026-04-01").param("periodTo", "2027-03-31")
                        .param("assessors", "alice, carol").param("reviewer", "risk"))
                .andExpect(redirectedUrl("/compliance/assessments/" + campaignId));
        assertThat(assessments.campaign(campaignId).assessors()).containsExactlyInAnyOrder("alice", "carol");
    }

    @Test
    void theCampaignFormOffersOnlyEligibleUsersAndRefusesOthersBesideTheirFieldInJapaneseAndEnglish() throws Exception {
        RequestPostProcessor campaigner = user("ciso").authorities(() -> "compliance.read", () -> "compliance.campaign");
        long entity = assessments.campaign(campaignId).legalEntityId();
        String disabled = CampaignUsers.create(users, "gone", Role.FIRST_LINE, false);
        String auditor = CampaignUsers.create(users, "audit", Role.INTERNAL_AUDIT, true);
        String form = mvc.perform(get("/compliance/assessments/new").with(campaigner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String assessorChoices = form.substring(form.indexOf("<select", form.indexOf("for=\"assessors\"")),
                form.indexOf("name=\"reviewer\""));
        String reviewerChoices = form.substring(form.indexOf("name=\"reviewer\""));
        assertThat(assessorChoices).contains("multiple", "value=\"alice\"", "value=\"bob\"", "value=\"carol\"")
                .doesNotContain("value=\"risk\"", disabled, auditor);
        assertThat(reviewerChoices).contains("value=\"risk\"").doesNotContain("value=\"alice\"", auditor);
        long before = assessments.campaigns(entity, org.springframework.data.domain.PageRequest.of(0, 50)).getTotalElements();

        mvc.perform(post("/compliance/assessments/new").with(campaigner).with(csrf())
                        .param("name", "誤記").param("legalEntityId", String.valueOf(entity))
                        .param("periodFrom", "2026-04-01").param("periodTo", "2027-03-31")
                        .param("assessors", "alice", "alcie", disabled).param("reviewer", "risk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<div class=\"invalid-feedback\">このユーザー名の有効な利用者はいません: alcie, " + disabled + "</div>")))
                .andExpect(content().string(containsString("alcie — この役割に指定できる有効な利用者ではありません")));
        mvc.perform(post("/compliance/assessments/new").with(campaigner).with(csrf())
                        .param("name", "誤記").param("legalEntityId", String.valueOf(entity))
                        .param("periodFrom", "2026-04-01").param("periodTo", "2027-03-31")
                        .param("assessors", "alice", auditor).param("reviewer", "risk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("自己評価に回答できる役割（1線・CISO・システム管理者）を持っていません: " + auditor)));
        mvc.perform(post("/compliance/assessments/new").with(campaigner).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie(io.taisei.platform.UserLanguage.COOKIE, "en"))
                        .param("name", "typo").param("legalEntityId", String.valueOf(entity))
                        .param("periodFrom", "2026-04-01").param("periodTo", "2027-03-31")
                        .param("assessors", "alice").param("reviewer", "bob"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">Not allowed to review "
                        + "self-assessments (the reviewer needs the risk management or CISO role): bob</div>")));
        assertThat(assessments.campaigns(entity, org.springframework.data.domain.PageRequest.of(0, 50)).getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void anAssessorWorksOnTheItemPageAndTheReviewerChallengesOneItem() throws Exception {
        mvc.perform(get("/compliance/assessments/{id}/items/{key}", campaignId, "2.2.1-1").with(ASSESSOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"link-form\"")))
                .andExpect(content().string(containsString("id=\"file-form\"")))
                .andExpect(content().string(containsString("id=\"remediation-form\"")));
        mvc.perform(post("/compliance/assessments/{id}/items/{key}/remediation", campaignId, "2.2.1-1").with(ASSESSOR)
                        .with(csrf()).param("text", "資産管理手続を改訂する").param("owner", "情報システム部")
                        .param("dueOn", "2027-01-31"))
                .andExpect(flash().attribute("message", "assessment.saved"));
        long actionId = assessments.remediation(campaignId, "2.2.1-1").get(0).id();
        mvc.perform(post("/compliance/assessments/{id}/items/{key}/remediation/{r}/done", campaignId, "2.2.1-1", actionId)
                        .with(ASSESSOR).with(csrf()))
                .andExpect(flash().attribute("message", "assessment.saved"));
        assertThat(assessments.remediation(campaignId, "2.2.1-1").get(0).done()).isTrue();

        as("alice", () -> {
            for (var item : assessments.allItems(campaignId)) {
                assessments.answer(campaignId, item.itemKey(), new AnswerDraft(AssessmentStatus.MET, null, null, null, null), null);
            }
            return assessments.submit(campaignId, null);
        });
        RequestPostProcessor reviewer = user("risk").authorities(() -> "compliance.read", () -> "compliance.review");
        mvc.perform(get("/compliance/assessments/{id}/items/{key}", campaignId, "2.2.1-1").with(reviewer))
                .andExpect(content().string(containsString("id=\"item-challenge-form\"")));
        mvc.perform(post("/compliance/assessments/{id}/challenge", campaignId).with(reviewer).with(csrf())
                        .param("item[2.2.1-1]", "改訂の証跡がありません"))
                .andExpect(flash().attribute("message", "assessment.saved"));
        assertThat(assessments.campaign(campaignId).status())
                .isEqualTo(io.taisei.compliance.assessment.CampaignStatus.DRAFT);
        assertThat(assessments.item(campaignId, "2.2.1-1").challenge()).isEqualTo("改訂の証跡がありません");
    }

    @Test
    void thePagesOfACampaignRenderForAReader() throws Exception {
        mvc.perform(get("/compliance/assessments").with(AUDITOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("指標確認")));
        mvc.perform(get("/compliance/assessments/{id}", campaignId).with(AUDITOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"items\"")))
                .andExpect(content().string(not(containsString("id=\"submit-campaign\""))));
        mvc.perform(get("/compliance/assessments/{id}/heat-map", campaignId).with(AUDITOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-section=\"2.2.1\"")));
        mvc.perform(get("/compliance/assessments/{id}/comparison", campaignId).with(AUDITOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-comparison\"")));
        mvc.perform(get("/compliance/assessments/new").with(AUDITOR)).andExpect(status().isForbidden());
    }
}
