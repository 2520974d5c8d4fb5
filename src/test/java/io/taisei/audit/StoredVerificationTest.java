package io.taisei.audit;

import io.taisei.audit.AuditVerificationRun.Trigger;
import io.taisei.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every verification run is stored (when, by what and whom, outcome), audited, listed and shown on the audit page. */
@SpringBootTest(properties = "taisei.audit.verify-cron=-")
@AutoConfigureMockMvc
class StoredVerificationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditManagement audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private List<AuditEntry> verifyEntries(long runId) {
        return AuditTestSupport.entriesOf(audit, "audit.Verification", runId);
    }

    @Test
    void verifyingOnTheAuditPageStoresTheRunWithItsUserAndShowsItAsTheLastVerification() throws Exception {
        mvc.perform(get("/audit/verify").header("HX-Request", "true").with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"last-verification\"")));
        AuditVerificationRun run = audit.lastVerification().orElseThrow();
        assertThat(run.trigger()).isEqualTo(Trigger.PAGE);
        assertThat(run.actor()).isEqualTo("user:auditor");
        assertThat(run.valid()).isTrue();
        assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
        assertThat(verifyEntries(run.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditManagement.VERIFY_ACTION);
            assertThat(e.actor()).isEqualTo("user:auditor");
            assertThat(e.afterJson()).contains("\"trigger\":\"PAGE\"", "\"valid\":true");
        });

        mvc.perform(get("/audit").with(user("auditor").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("改ざんなし、" + run.entries() + " 件のエントリ")))
                .andExpect(content().string(containsString("実行：user:auditor（監査証跡ページ）")));
    }

    @Test
    void verifyingThroughTheApiStoresTheRunAndTheApiListsRunsNewestFirst() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(user("robot").authorities(() -> "audit.read")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));
        long id = audit.lastVerification().orElseThrow().id();
        mvc.perform(get("/api/v1/audit/verifications").param("size", "1").with(user("robot").authorities(() -> "audit.read")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].trigger").value("API"))
                .andExpect(jsonPath("$.content[0].actor").value("user:robot"))
                .andExpect(jsonPath("$.content[0].valid").value(true));
        mvc.perform(get("/api/v1/audit/verifications").with(user("bob").authorities(() -> "organization.read")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBrokenChainIsStoredAsBrokenWithItsFirstBrokenSequence() {
        AuditVerification intact = audit.verifyAndRecord(Trigger.API);
        assertThat(intact.valid()).isTrue();
        AuditCheckpoint forged = new AuditCheckpoint(AuditCheckpoint.FORMAT, 1L, 1, "a".repeat(64),
                java.time.Instant.now(), "user:mallory", AuditCheckpoint.ALGORITHM,
                "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=", "AAAA");
        AuditVerification broken = audit.verifyAndRecord(forged, Trigger.API);
        assertThat(broken.valid()).isFalse();
        AuditVerificationRun run = audit.lastVerification().orElseThrow();
        assertThat(run.valid()).isFalse();
        assertThat(run.reason()).isEqualTo(AuditVerification.Reason.CHECKPOINT_SIGNATURE_INVALID);
        assertThat(run.firstBrokenSequence()).isEqualTo(1);
        assertThat(run.checkpointSequence()).isEqualTo(1);
    }

    @Test
    void theScheduledVerificationRunsOncePerDayAsTheSystem() {
        long before = audit.verifications(PageRequest.of(0, 1)).getTotalElements();
        audit.verifyOnSchedule();
        audit.verifyOnSchedule();
        assertThat(audit.verifications(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before + 1);
        AuditVerificationRun run = audit.lastVerification().orElseThrow();
        assertThat(run.trigger()).isEqualTo(Trigger.SCHEDULED);
        assertThat(run.actor()).isEqualTo("system");
        assertThat(verifyEntries(run.id())).hasSize(1);
    }

    @Test
    void thePostgresTriggerRefusesChangingAStoredRun() {
        assumeTrue(TestDatabase.isPostgres(), "the append-only trigger exists on PostgreSQL only");
        long id = new TransactionTemplate(transactionManager).execute(s -> {
            audit.verifyAndRecord(Trigger.API);
            return audit.lastVerification().orElseThrow().id();
        });
        for (String sql : List.of("UPDATE aud_verification SET intact = TRUE WHERE id = " + id,
                "DELETE FROM aud_verification WHERE id = " + id, "TRUNCATE aud_verification")) {
            assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> jdbc.execute(sql)))
                    .as(sql).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
    }
}
