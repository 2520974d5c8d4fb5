package io.taisei.compliance;

import io.taisei.audit.AuditFilter;
import io.taisei.audit.AuditManagement;
import io.taisei.compliance.assessment.AnswerDraft;
import io.taisei.compliance.assessment.AssessmentManagement;
import io.taisei.compliance.assessment.AssessmentStatus;
import io.taisei.compliance.assessment.AssessmentSummary;
import io.taisei.compliance.assessment.CampaignComparison;
import io.taisei.compliance.assessment.CampaignDraft;
import io.taisei.compliance.assessment.CampaignStatus;
import io.taisei.compliance.assessment.CampaignSummary;
import io.taisei.compliance.assessment.ItemChange;
import io.taisei.compliance.assessment.ProgressPoint;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.RuleViolationException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "taisei.compliance.evidence.max-bytes=4096")
@AutoConfigureMockMvc
class AssessmentWorkflowTest {

    static final String ASSESSOR = "alice";
    static final String REVIEWER = "risk-reviewer";
    static final String SIGNER = "board-member";

    static final RequestPostProcessor CAMPAIGNER = user("ciso").authorities(() -> "compliance.read",
            () -> "compliance.campaign");
    static final RequestPostProcessor ASSESSOR_CALL = user(ASSESSOR).authorities(() -> "compliance.read",
            () -> "compliance.assess");
    /** An assessor who also holds the sign-off permission: the server must still refuse his sign-off. */
    static final RequestPostProcessor ASSESSOR_WITH_SIGNOFF = user(ASSESSOR).authorities(() -> "compliance.read",
            () -> "compliance.assess", () -> "compliance.signoff");
    static final RequestPostProcessor REVIEWER_CALL = user(REVIEWER).authorities(() -> "compliance.read",
            () -> "compliance.review");
    static final RequestPostProcessor SIGNER_CALL = user(SIGNER).authorities(() -> "compliance.read",
            () -> "compliance.signoff");
    static final RequestPostProcessor AUDITOR = user("auditor").authorities(() -> "compliance.read");

    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentManagement assessments;
    @Autowired
    OrganizationManagement organization;
    @Autowired
    AuditManagement audit;

    @Autowired
    UserAccountRepository users;

    @BeforeEach
    void people() {
        CampaignUsers.ensure(users, ASSESSOR, Role.FIRST_LINE);
        CampaignUsers.ensure(users, "bob", Role.FIRST_LINE);
        CampaignUsers.ensure(users, REVIEWER, Role.RISK_MANAGEMENT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    <T> T as(String username, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, "n/a", "x"));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long legalEntity() {
        String code = "LE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return as("admin", () -> organization.createLegalEntity(new LegalEntityDraft(code, "大成銀行 " + code, null,
                LegalEntityKind.INSTITUTION, "JP", null))).id().value();
    }

    CampaignSummary campaign(long legalEntityId) {
        return as("ciso", () -> assessments.createCampaign(new CampaignDraft("2026年度 自己評価", legalEntityId, null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), List.of(ASSESSOR), REVIEWER)));
    }

    void answerAll(long campaignId, AssessmentStatus status) {
        as(ASSESSOR, () -> {
            for (AssessmentSummary item : assessments.allItems(campaignId)) {
                assessments.answer(campaignId, item.itemKey(), new AnswerDraft(status,
                        status == AssessmentStatus.NOT_APPLICABLE ? "対象業務なし" : null, null, "確認済み", "情報システム部"), null);
            }
            return null;
        });
    }

    CampaignSummary signedOff(long legalEntityId, Map<String, AssessmentStatus> overrides) {
        long id = campaign(legalEntityId).id();
        answerAll(id, AssessmentStatus.PARTIALLY_MET);
        as(ASSESSOR, () -> {
            overrides.forEach((key, status) -> assessments.answer(id, key, new AnswerDraft(status, null, null, null, null), null));
            return assessments.submit(id, null);
        });
        as(REVIEWER, () -> assessments.accept(id, "妥当", null));
        return as(SIGNER, () -> assessments.signOff(id, null));
    }

    @Test
    void rolesGrantAssessReviewSignOffAndCampaignToTheRightLines() {
        java.util.function.Function<io.taisei.platform.Permissions, java.util.Set<io.taisei.identity.Role>> holders =
                p -> java.util.Arrays.stream(io.taisei.identity.Role.values()).filter(r -> r.permissions().contains(p))
                        .collect(java.util.stream.Collectors.toSet());
        assertThat(holders.apply(io.taisei.platform.Permissions.COMPLIANCE_ASSESS)).containsExactlyInAnyOrder(
                io.taisei.identity.Role.FIRST_LINE, io.taisei.identity.Role.CISO, io.taisei.identity.Role.ADMINISTRATOR);
        assertThat(holders.apply(io.taisei.platform.Permissions.COMPLIANCE_REVIEW)).containsExactlyInAnyOrder(
                io.taisei.identity.Role.RISK_MANAGEMENT, io.taisei.identity.Role.CISO);
        assertThat(holders.apply(io.taisei.platform.Permissions.COMPLIANCE_SIGNOFF)).containsExactly(
                io.taisei.identity.Role.SENIOR_MANAGEMENT);
        assertThat(holders.apply(io.taisei.platform.Permissions.COMPLIANCE_CAMPAIGN)).containsExactlyInAnyOrder(
                io.taisei.identity.Role.CISO, io.taisei.identity.Role.RISK_MANAGEMENT, io.taisei.identity.Role.ADMINISTRATOR);
        assertThat(io.taisei.identity.Role.INTERNAL_AUDIT.permissions())
                .contains(io.taisei.platform.Permissions.COMPLIANCE_READ)
                .allMatch(io.taisei.platform.Permissions::isReadOnly);
    }

    @Test
    void creatingACampaignCreatesOneUnansweredItemPerCatalogItem() throws Exception {
        long entity = legalEntity();
        mvc.perform(post("/api/v1/assessments").with(CAMPAIGNER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(campaignJson(entity, "\"alice\",\"bob\"", REVIEWER)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.items").value(176))
                .andExpect(jsonPath("$.answered").value(0));
    }

    @Test
    void aReviewerWhoIsAlsoAnAssessorIsRefused() {
        long entity = legalEntity();
        assertThatThrownBy(() -> as("ciso", () -> assessments.createCampaign(new CampaignDraft("兼任", entity, null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), List.of(ASSESSOR, REVIEWER), REVIEWER))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("assessment.campaign.reviewer.isAssessor");
    }

    /** A campaign as the API takes it; {@code assessors} is the inside of the JSON array. */
    static String campaignJson(long entity, String assessors, String reviewer) {
        return """
                {"name":"API作成","legalEntityId":%d,"periodFrom":"2026-04-01","periodTo":"2027-03-31",
                 "assessors":[%s],"reviewer":"%s"}""".formatted(entity, assessors, reviewer);
    }

    CampaignDraft draft(long entity, List<String> assessors, String reviewer) {
        return new CampaignDraft("人の確認", entity, null, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
                assessors, reviewer);
    }

    void assertRefused(Runnable create, String field, String messageKey, String names) {
        assertThatThrownBy(create::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.arguments()).containsExactly(names);
        });
    }

    @Test
    void assessorsWhoAreNotEnabledUsersAreRefusedByNameAndNothingIsStored() {
        long entity = legalEntity();
        String disabled = CampaignUsers.create(users, "gone", Role.FIRST_LINE, false);
        assertRefused(() -> as("ciso", () -> assessments.createCampaign(draft(entity,
                        List.of(ASSESSOR, "alcie", disabled), REVIEWER))),
                "assessors", "assessment.campaign.assessors.unknown", "alcie, " + disabled);
        assertThat(assessments.campaigns(entity, PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void anAssessorWhoseRolesDoNotAllowAnsweringIsRefused() {
        long entity = legalEntity();
        String auditor = CampaignUsers.create(users, "audit", Role.INTERNAL_AUDIT, true);
        String signer = CampaignUsers.create(users, "board", Role.SENIOR_MANAGEMENT, true);
        assertRefused(() -> as("ciso", () -> assessments.createCampaign(draft(entity,
                        List.of(ASSESSOR, auditor, signer), REVIEWER))),
                "assessors", "assessment.campaign.assessors.ineligible", auditor + ", " + signer);
        assertThat(assessments.campaigns(entity, PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void aReviewerWhoIsUnknownDisabledOrWithoutTheRiskManagementOrCisoRoleIsRefused() {
        long entity = legalEntity();
        String disabled = CampaignUsers.create(users, "risk-gone", Role.RISK_MANAGEMENT, false);
        String administrator = CampaignUsers.create(users, "admin", Role.ADMINISTRATOR, true);
        assertRefused(() -> as("ciso", () -> assessments.createCampaign(draft(entity, List.of(ASSESSOR), "nobody"))),
                "reviewer", "assessment.campaign.reviewer.unknown", "nobody");
        assertRefused(() -> as("ciso", () -> assessments.createCampaign(draft(entity, List.of(ASSESSOR), disabled))),
                "reviewer", "assessment.campaign.reviewer.unknown", disabled);
        // an administrator may do almost everything, but never review a self-assessment; nor may the first line
        assertRefused(() -> as("ciso", () -> assessments.createCampaign(draft(entity, List.of(ASSESSOR), administrator))),
                "reviewer", "assessment.campaign.reviewer.ineligible", administrator);
        assertRefused(() -> as("ciso", () -> assessments.createCampaign(draft(entity, List.of(ASSESSOR), "bob"))),
                "reviewer", "assessment.campaign.reviewer.ineligible", "bob");
        assertThat(assessments.campaigns(entity, PageRequest.of(0, 10)).getTotalElements()).isZero();
        // a CISO holds compliance.review, so may be the reviewer
        String ciso = CampaignUsers.create(users, "ciso", Role.CISO, true);
        assertThat(as("ciso", () -> assessments.createCampaign(draft(entity, List.of(ASSESSOR), ciso))).reviewer())
                .isEqualTo(ciso);
    }

    @Test
    void namesAreStoredAsTheAccountsSpellThemSoTheWorkflowRecognisesTheUsers() {
        long entity = legalEntity();
        CampaignSummary campaign = as("ciso", () -> assessments.createCampaign(draft(entity,
                List.of("ALICE", "Bob", "alice"), "Risk-Reviewer")));
        assertThat(campaign.assessors()).containsExactlyInAnyOrder(ASSESSOR, "bob");
        assertThat(campaign.reviewer()).isEqualTo(REVIEWER);
    }

    @Test
    void aDraftWhoseAssessorWasDisabledSinceCannotBeSavedUntilTheNameIsReplaced() {
        long entity = legalEntity();
        String leaving = CampaignUsers.create(users, "leaving", Role.FIRST_LINE, true);
        CampaignSummary campaign = as("ciso", () -> assessments.createCampaign(draft(entity,
                List.of(ASSESSOR, leaving), REVIEWER)));
        users.findByUsernameIgnoreCase(leaving).ifPresent(u -> {
            u.setEnabled(false);
            users.save(u);
        });
        assertRefused(() -> as("ciso", () -> assessments.updateCampaign(campaign.id(),
                        draft(entity, List.of(ASSESSOR, leaving), REVIEWER), null)),
                "assessors", "assessment.campaign.assessors.unknown", leaving);
        assertThat(assessments.campaign(campaign.id()).assessors()).containsExactlyInAnyOrder(ASSESSOR, leaving);
        assertThat(as("ciso", () -> assessments.updateCampaign(campaign.id(),
                draft(entity, List.of(ASSESSOR), REVIEWER), null)).assessors()).containsExactly(ASSESSOR);
    }

    @Test
    void theApiRefusesAnUnknownAssessorAndAnIneligibleReviewerWithTheFieldInTheCallersLanguage() throws Exception {
        long entity = legalEntity();
        mvc.perform(post("/api/v1/assessments").with(CAMPAIGNER).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(campaignJson(entity, "\"alice\",\"alcie\"", REVIEWER)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("assessors"))
                .andExpect(jsonPath("$.errors[0].message").value("このユーザー名の有効な利用者はいません: alcie"));
        mvc.perform(post("/api/v1/assessments").with(CAMPAIGNER).with(csrf()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(campaignJson(entity, "\"alice\"", "bob")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewer"))
                .andExpect(jsonPath("$.errors[0].message").value("Not allowed to review self-assessments "
                        + "(the reviewer needs the risk management or CISO role): bob"));
        assertThat(assessments.campaigns(entity, PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void notApplicableWithoutAReasonIsRefused() throws Exception {
        long id = campaign(legalEntity()).id();
        mvc.perform(put("/api/v1/assessments/{id}/items/{key}", id, "2.2.1-1").with(ASSESSOR_CALL).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"NOT_APPLICABLE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/assessments/{id}/items/{key}", id, "2.2.1-1").with(ASSESSOR_CALL).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"NOT_APPLICABLE\",\"notApplicableReason\":\"該当業務なし\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_APPLICABLE"));
    }

    @Test
    void onlyTheCampaignsAssessorsMayAnswer() throws Exception {
        long id = campaign(legalEntity()).id();
        mvc.perform(put("/api/v1/assessments/{id}/items/{key}", id, "2.2.1-1")
                        .with(user("mallory").authorities(() -> "compliance.assess")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"MET\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theWorkflowRunsFromDraftToSignOffAndTheSignerMayNotBeAnAssessor() throws Exception {
        long id = campaign(legalEntity()).id();
        // submit refused while items are unanswered
        mvc.perform(post("/api/v1/assessments/{id}/submit", id).with(ASSESSOR_CALL).with(csrf()))
                .andExpect(status().isConflict());
        answerAll(id, AssessmentStatus.MET);
        // only the reviewer reviews, and only once submitted
        mvc.perform(post("/api/v1/assessments/{id}/accept", id).with(REVIEWER_CALL).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/assessments/{id}/submit", id).with(ASSESSOR_CALL).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        // answering a submitted campaign is refused
        mvc.perform(put("/api/v1/assessments/{id}/items/{key}", id, "2.2.1-1").with(ASSESSOR_CALL).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"NOT_MET\"}"))
                .andExpect(status().isConflict());
        // a challenge needs a reason, then sends the campaign back with the item comment
        mvc.perform(post("/api/v1/assessments/{id}/challenge", id).with(REVIEWER_CALL).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/assessments/{id}/challenge", id)
                        .with(user("other-risk").authorities(() -> "compliance.review")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"根拠不足\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/assessments/{id}/challenge", id).with(REVIEWER_CALL).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemComments\":{\"2.3.1-5\":\"MFA の証跡を添付してください\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(get("/api/v1/assessments/{id}/items/{key}", id, "2.3.1-5").with(AUDITOR))
                .andExpect(jsonPath("$.item.challenge").value("MFA の証跡を添付してください"));
        mvc.perform(post("/api/v1/assessments/{id}/submit", id).with(ASSESSOR_CALL).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/assessments/{id}/accept", id).with(REVIEWER_CALL).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVIEWED"));
        // segregation: an assessor holding the sign-off permission is refused by the server, and so is the reviewer
        mvc.perform(post("/api/v1/assessments/{id}/sign-off", id).with(ASSESSOR_WITH_SIGNOFF).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/assessments/{id}/sign-off", id)
                        .with(user(REVIEWER).authorities(() -> "compliance.signoff")).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/assessments/{id}/sign-off", id).with(SIGNER_CALL).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED_OFF"))
                .andExpect(jsonPath("$.signedOffBy").value(SIGNER));
        // signed off: frozen
        mvc.perform(put("/api/v1/assessments/{id}/items/{key}", id, "2.2.1-1").with(ASSESSOR_CALL).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"NOT_MET\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/assessments/{id}/items/{key}/evidence-links", id, "2.2.1-1").with(ASSESSOR_CALL)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"台帳\",\"href\":\"/assets/systems\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void permissionsGuardEachStepOfTheApi() throws Exception {
        long id = campaign(legalEntity()).id();
        mvc.perform(get("/api/v1/assessments/{id}", id).with(AUDITOR)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/assessments/{id}/items/{key}", id, "2.2.1-1").with(AUDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"MET\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/assessments").with(ASSESSOR_CALL).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/assessments/{id}/accept", id).with(ASSESSOR_CALL).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/assessments/{id}/sign-off", id).with(REVIEWER_CALL).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void signOffFreezesASnapshotWhoseHashIsStableAndInTheAuditTrail() throws Exception {
        CampaignSummary signed = signedOff(legalEntity(), Map.of());
        String snapshot = assessments.snapshot(signed.id()).orElseThrow();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(snapshot.getBytes(StandardCharsets.UTF_8)));
        assertThat(signed.snapshotSha256()).isEqualTo(hash);
        assertThat(snapshot).contains("\"item\":\"2.2.1-1\"").contains("\"status\":\"PARTIALLY_MET\"");
        // served byte for byte as hashed
        byte[] served = mvc.perform(get("/api/v1/assessments/{id}/snapshot", signed.id()).with(AUDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served))).isEqualTo(hash);
        // the audit trail carries the hash on the campaign's update
        var entries = audit.entries(new AuditFilter("compliance.Campaign", String.valueOf(signed.id()), null, null,
                null, null), PageRequest.of(0, 50));
        assertThat(entries.getContent()).anyMatch(e -> e.afterJson() != null && e.afterJson().contains(hash));
        // the campaign stays signed off
        assertThat(assessments.campaign(signed.id()).status()).isEqualTo(CampaignStatus.SIGNED_OFF);
    }

    @Test
    void aCampaignIsComparedItemByItemWithThePreviousOneOfTheSameScope() throws Exception {
        long entity = legalEntity();
        signedOff(entity, Map.of("2.2.1-1", AssessmentStatus.NOT_MET, "2.2.1-2", AssessmentStatus.MET));
        CampaignSummary second = signedOff(entity, Map.of("2.2.1-1", AssessmentStatus.MET,
                "2.2.1-2", AssessmentStatus.NOT_MET));
        CampaignComparison comparison = assessments.compareWithPrevious(second.id()).orElseThrow();
        Map<String, ItemChange> changes = new java.util.HashMap<>();
        comparison.rows().forEach(r -> changes.put(r.itemKey(), r.change()));
        assertThat(changes.get("2.2.1-1")).isEqualTo(ItemChange.IMPROVED);
        assertThat(changes.get("2.2.1-2")).isEqualTo(ItemChange.WORSENED);
        assertThat(changes.get("2.2.3-1")).isEqualTo(ItemChange.UNCHANGED);
        assertThat(comparison.count(ItemChange.IMPROVED)).isEqualTo(1);
        assertThat(comparison.count(ItemChange.WORSENED)).isEqualTo(1);
        // a campaign still in progress compares with the latest signed-off one of its scope
        CampaignSummary draft = campaign(entity);
        assertThat(assessments.compareWithPrevious(draft.id()).orElseThrow().previous().id()).isEqualTo(second.id());
        // another legal entity's campaign has nothing to compare with
        assertThat(assessments.compareWithPrevious(campaign(legalEntity()).id())).isEmpty();
        mvc.perform(get("/api/v1/assessments/{id}/comparison", second.id()).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.IMPROVED").value(1));

        // progress over time: both signed-off campaigns of the scope, then the one in progress
        List<ProgressPoint> progress = assessments.progress(draft.id());
        assertThat(progress).extracting(ProgressPoint::campaignId).endsWith(draft.id()).contains(second.id());
        assertThat(progress).hasSize(3);
        ProgressPoint secondPoint = progress.get(1);
        assertThat(secondPoint.items()).isEqualTo(176);
        assertThat(secondPoint.met() + secondPoint.partiallyMet() + secondPoint.notMet() + secondPoint.notApplicable())
                .isEqualTo(176);
        assertThat(secondPoint.notMet()).isEqualTo(progress.get(0).notMet()).isPositive();
        assertThat(progress.get(2).status()).isNotEqualTo(CampaignStatus.SIGNED_OFF);
        assertThat(progress.get(2).applicable()).isZero();
        mvc.perform(get("/api/v1/assessments/{id}/progress", draft.id()).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/compliance/assessments/{id}/comparison", draft.id()).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"progress\"")));
    }

    @Test
    void anUploadedEvidenceFileIsStoredWithItsHashAndSniffedTypeAndTheLimitIsEnforced() throws Exception {
        long id = campaign(legalEntity()).id();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String body = mvc.perform(multipart("/api/v1/assessments/{id}/items/{key}/evidence-files", id, "2.2.1-1")
                        .file(new MockMultipartFile("file", "規程.txt", "text/plain", pdf))
                        .param("label", "情報資産管理規程").with(ASSESSOR_CALL).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(hash))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString();
        long evidenceId = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        byte[] downloaded = mvc.perform(get("/api/v1/assessments/{id}/evidence/{e}/content", id, evidenceId).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        mvc.perform(multipart("/api/v1/assessments/{id}/items/{key}/evidence-files", id, "2.2.1-1")
                        .file(new MockMultipartFile("file", "big.bin", "application/octet-stream", new byte[4097]))
                        .with(ASSESSOR_CALL).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(assessments.evidence(id, "2.2.1-1")).hasSize(1);
    }

    @Test
    void evidenceLinksMustStayInsideTaiseiUnderAKnownPrefix() throws Exception {
        long id = campaign(legalEntity()).id();
        for (String bad : List.of("https://evil.example/x", "//evil.example/x", "/assets/../admin/users",
                "/admin/users", "javascript:alert(1)", "/assets/systems\\..\\x")) {
            mvc.perform(post("/api/v1/assessments/{id}/items/{key}/evidence-links", id, "2.2.1-1").with(ASSESSOR_CALL)
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"label\":\"x\",\"href\":\"" + bad.replace("\\", "\\\\") + "\"}"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/api/v1/assessments/{id}/items/{key}/evidence-links", id, "2.2.1-1").with(ASSESSOR_CALL)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"情報システム台帳\",\"href\":\"/assets/systems?q=勘定\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordTypeKey").value("assessment.evidence.type.system"));
    }

    @Test
    void theXlsxExportHasJapaneseHeadersAndOneRowPerItem() throws Exception {
        long id = campaign(legalEntity()).id();
        as(ASSESSOR, () -> assessments.answer(id, "2.2.1-1", new AnswerDraft(AssessmentStatus.NOT_APPLICABLE,
                "対象となる業務がない", null, "コメント", null), null));
        byte[] xlsx = mvc.perform(get("/api/v1/assessments/{id}/export.xlsx", id).with(AUDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("自己評価");
            Row header = sheet.getRow(4);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("項目ID");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("評価");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("非該当の理由");
            assertThat(sheet.getLastRowNum() - 4).isEqualTo(176);
            Row first = sheet.getRow(5);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2.1.1-1");
            Row answered = null;
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                if ("2.2.1-1".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    answered = sheet.getRow(r);
                }
            }
            assertThat(answered).isNotNull();
            assertThat(answered.getCell(4).getStringCellValue()).isEqualTo("非該当");
            assertThat(answered.getCell(5).getStringCellValue()).isEqualTo("対象となる業務がない");
        }
    }

    @Test
    void thePdfExportEmbedsTheJapaneseFontAndListsEveryItem() throws Exception {
        long id = campaign(legalEntity()).id();
        as(ASSESSOR, () -> assessments.answer(id, "2.2.1-1", new AnswerDraft(AssessmentStatus.NOT_MET, null, null,
                "台帳の更新手続が未整備", null), null));
        byte[] pdf = mvc.perform(get("/api/v1/assessments/{id}/export.pdf", id).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-").contains("/FontFile2").contains("IPAexGothic");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            assertThat(text.toString()).contains("自己評価").contains("2.1.1-1").contains("2.6-1")
                    .contains("台帳の更新手続が未整備");
        } finally {
            reader.close();
        }
    }

    @Test
    void theGapReportListsFundamentalItemsNotMetFirst() {
        long id = campaign(legalEntity()).id();
        answerAll(id, AssessmentStatus.MET);
        as(ASSESSOR, () -> {
            assessments.answer(id, "2.2.1.2-e", new AnswerDraft(AssessmentStatus.NOT_MET, null, null, null, null), null);
            assessments.answer(id, "2.2.1-2", new AnswerDraft(AssessmentStatus.PARTIALLY_MET, null, null, null, null), null);
            assessments.answer(id, "2.3.1-1", new AnswerDraft(AssessmentStatus.NOT_MET, null, null, null, null), null);
            return null;
        });
        var gaps = assessments.gapReport(id).gaps().stream()
                .filter(g -> g.category() != io.taisei.compliance.assessment.GapReport.Category.CONTRADICTED)
                .map(g -> g.item().itemKey()).toList();
        assertThat(gaps).containsExactly("2.3.1-1", "2.2.1-2", "2.2.1.2-e");
    }

    @Test
    void theHeatMapGivesTheShareMetPerSubsection() {
        long id = campaign(legalEntity()).id();
        as(ASSESSOR, () -> {
            assessments.answer(id, "2.2.1-1", new AnswerDraft(AssessmentStatus.MET, null, null, null, null), null);
            assessments.answer(id, "2.2.1-2", new AnswerDraft(AssessmentStatus.NOT_MET, null, null, null, null), null);
            return null;
        });
        var cell = assessments.heatMap(id).cells().stream().filter(c -> c.sectionNumber().equals("2.2.1"))
                .findFirst().orElseThrow();
        assertThat(cell.items()).isEqualTo(2);
        assertThat(cell.metPercent()).isEqualTo(50);
        assertThat(cell.level()).isEqualTo("heat-warn");
    }
}
