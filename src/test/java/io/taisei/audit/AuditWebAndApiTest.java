package io.taisei.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@SpringBootTest
@AutoConfigureMockMvc
class AuditWebAndApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void appendAnEntryWithAFormula() {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> trail.append(AuditRecord.of(
                AuditRecord.UPDATE, "test.Csv", "=cmd|' /C calc'!A0", Map.of("note", "a,b"), Map.of("note", "say \"hi\"\n"))));
    }

    @Test
    void theApiRefusesAnonymousCallers() throws Exception {
        for (String url : new String[]{"/api/v1/audit/verify", "/api/v1/audit/entries", "/api/v1/audit/checkpoints"}) {
            mvc.perform(get(url)).andExpect(status().isUnauthorized())
                    .andExpect(content().string(not(containsString("valid"))));
        }
    }

    @Test
    void theApiRefusesUsersWithoutAuditRead() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(user("bob").authorities(() -> "organization.read")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries").with(user("bob").authorities(() -> "organization.read")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/audit/checkpoints").with(user("carol").authorities(() -> "audit.read")))
                .andExpect(status().isForbidden());
    }

    @Test
    void verifyReportsAValidChainAsJson() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.entries").isNumber())
                .andExpect(jsonPath("$.firstBrokenSequence").doesNotExist());
    }

    @Test
    void entriesAreFilteredAndPaginatedWithBeforeAndAfterAsJson() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("recordType", "test.Csv").param("size", "1")
                        .with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.content[0].recordType").value("test.Csv"))
                .andExpect(jsonPath("$.content[0].after.note").value("say \"hi\"\n"));
        mvc.perform(get("/api/v1/audit/entries").param("size", "100000")
                        .with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit/entries").param("from", "yesterday")
                        .with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aCheckpointIsCreatedExportedAndVerifiedThroughTheApi() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/audit/checkpoints")
                        .with(user("admin").authorities(() -> "audit.checkpoint", () -> "audit.read")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signature").isString())
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        String exported = mvc.perform(get(location).with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/audit/verify").contentType(MediaType.APPLICATION_JSON).content(exported)
                        .with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checkpoint.hashMatches").value(true));
        mvc.perform(post("/api/v1/audit/verify").contentType(MediaType.APPLICATION_JSON).content("{\"format\":\"x\"}")
                        .with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePageListsEntriesForAuditorsOnly() throws Exception {
        mvc.perform(get("/audit").param("recordType", "test.Csv").with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("監査証跡")))
                .andExpect(content().string(containsString("test.Csv")))
                .andExpect(content().string(not(containsString("create-checkpoint"))));
        mvc.perform(get("/audit").with(user("bob").authorities(() -> "organization.read")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").param("from", "not-a-date").with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void theVerifyButtonShowsTheResult() throws Exception {
        mvc.perform(get("/audit/verify").header("HX-Request", "true").with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("チェーンは完全です")));
    }

    @Test
    void aCheckpointIsSignedFromThePage() throws Exception {
        mvc.perform(post("/audit/checkpoints").with(csrf())
                        .with(user("admin").authorities(() -> "audit.checkpoint", () -> "audit.read")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/audit"));
        mvc.perform(post("/audit/checkpoints")
                        .with(user("admin").authorities(() -> "audit.checkpoint", () -> "audit.read")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAuditorUploadsAKeptCheckpointAndSeesWhetherTheStoredChainMatchesIt() throws Exception {
        String exported = mvc.perform(post("/api/v1/audit/checkpoints")
                        .with(user("admin").authorities(() -> "audit.checkpoint", () -> "audit.read")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var auditor = user("auditor").authorities(() -> "audit.read");

        mvc.perform(multipart("/audit/verify-checkpoint").file(checkpointFile(exported)).with(csrf()).with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("チェーンは完全です")))
                .andExpect(content().string(containsString("id=\"checkpoint-check\"")))
                .andExpect(content().string(not(containsString("不一致"))));

        // the same checkpoint claiming another chain head: its signature no longer holds
        String forged = exported.replaceFirst("\"hash\" ?: ?\"[0-9a-f]{64}\"", "\"hash\":\"" + "f".repeat(64) + "\"");
        mvc.perform(multipart("/audit/verify-checkpoint").file(checkpointFile(forged)).with(csrf()).with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("チェーンが破損しています")))
                .andExpect(content().string(containsString("チェックポイントの署名が不正です")));

        mvc.perform(multipart("/audit/verify-checkpoint").file(checkpointFile("not json")).with(csrf()).with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taisei の監査チェックポイントではありません")));
        mvc.perform(multipart("/audit/verify-checkpoint").file(checkpointFile(exported)).with(auditor))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/audit/verify-checkpoint").file(checkpointFile(exported)).with(csrf())
                        .with(user("bob").authorities(() -> "organization.read")))
                .andExpect(status().isForbidden());
    }

    private static MockMultipartFile checkpointFile(String content) {
        return new MockMultipartFile("file", "checkpoint.json", "application/json", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCsvExportHasABomAndEscapesCellsAndFormulas() throws Exception {
        MvcResult result = mvc.perform(get("/audit/export.csv").param("recordType", "test.Csv")
                        .with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).contains("連番,日時,実行者");
        assertThat(csv).contains(",test.Csv,'=cmd|' /C calc'!A0,");
        assertThat(csv).contains("\"{\"\"note\"\":\"\"a,b\"\"}\"");
        assertThat(csv).contains("\"{\"\"note\"\":\"\"say \\\"\"hi\\\"\"\\n\"\"}\"");
        assertThat(csv.lines().filter(l -> l.contains("test.Csv")).count()).isGreaterThan(0);
    }
}
