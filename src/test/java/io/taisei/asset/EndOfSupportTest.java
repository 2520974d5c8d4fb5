package io.taisei.asset;

import io.taisei.audit.AuditManagement;
import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** End of support (2.3.4.1(3)): the view by horizon, system and importance; plans; reminders ahead of each date. */
@SpringBootTest
@AutoConfigureMockMvc
class EndOfSupportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    io.taisei.identity.internal.UserAccountRepository users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Autowired
    EndOfSupportManagement endOfSupport;

    @Autowired
    AuditManagement audit;

    LocalDate today;
    SystemSummary critical;
    SystemSummary minor;
    HardwareSoftwareSummary ended;
    HardwareSoftwareSummary extendedBeyondHorizon;
    HardwareSoftwareSummary endingInSevenMonths;
    HardwareSoftwareSummary endingInTwentyDays;
    HardwareSoftwareSummary endingLater;

    @BeforeEach
    void ledger() {
        today = endOfSupport.today();
        var org = org(organization);
        critical = assets.createSystem(AssetFixtures.inHouse(unique("EOS-CRIT"), org));
        SystemDraft low = AssetFixtures.inHouse(unique("EOS-LOW"), org);
        minor = assets.createSystem(new SystemDraft(low.code(), low.name(), low.purpose(), low.kind(),
                low.legalEntityId(), low.departmentId(), low.ownerId(), low.lifecycle(), Importance.LOW, Rating.LOW,
                Rating.LOW, Rating.LOW, false, low.environment(), null, null, null, null, null, null));
        ended = item("Windows Server 2012", today.minusDays(10), false, null, critical);
        extendedBeyondHorizon = item("RHEL 7", today.plusDays(100), true, today.plusMonths(18), critical);
        endingInSevenMonths = item("Oracle Database 19c", today.plusMonths(7), false, null, minor);
        endingInTwentyDays = item("Tomcat 9", today.plusDays(20), true, null, minor);
        endingLater = item("PostgreSQL 16", today.plusMonths(30), false, null, critical);
    }

    private HardwareSoftwareSummary item(String product, LocalDate ends, boolean extendable, LocalDate extended,
                                         SystemSummary system) {
        return assets.createHardwareSoftware(new HardwareSoftwareDraft(unique("EOS"), HardwareSoftwareKind.OPERATING_SYSTEM,
                "Vendor", product, null, null, null, ends, extendable, extended, null, 1, null,
                Set.of(system.id().value())));
    }

    private List<String> codes(EndOfSupportFilter filter) {
        return endOfSupport.items(filter, PageRequest.of(0, 200)).map(EndOfSupportItem::code).getContent();
    }

    @Test
    void theViewShowsWhatIsPastOrWithinTheHorizonSoonestFirstCountingTheExtendedDate() {
        List<String> both = List.of(critical.id(), minor.id()).stream().flatMap(system ->
                codes(new EndOfSupportFilter(system, null, null)).stream()).toList();
        assertThat(codes(new EndOfSupportFilter(critical.id(), null, null))).containsExactly(ended.code());
        assertThat(codes(new EndOfSupportFilter(minor.id(), null, null)))
                .containsExactly(endingInTwentyDays.code(), endingInSevenMonths.code());
        assertThat(both).doesNotContain(extendedBeyondHorizon.code(), endingLater.code());

        assertThat(codes(new EndOfSupportFilter(critical.id(), null, Period.ofMonths(24))))
                .containsExactly(ended.code(), extendedBeyondHorizon.code());
        assertThat(codes(EndOfSupportFilter.none())).contains(ended.code(), endingInTwentyDays.code());

        EndOfSupportItem first = endOfSupport.item(ended.id());
        assertThat(first.past()).isTrue();
        assertThat(first.daysLeft()).isEqualTo(-10);
        assertThat(first.highestImportance()).isEqualTo(Importance.CRITICAL);
        EndOfSupportItem extended = endOfSupport.item(extendedBeyondHorizon.id());
        assertThat(extended.extended()).isTrue();
        assertThat(extended.effectiveEndsOn()).isEqualTo(today.plusMonths(18));
        // extendable but no extended date recorded: the regular date counts
        assertThat(endOfSupport.item(endingInTwentyDays.id()).effectiveEndsOn()).isEqualTo(today.plusDays(20));
    }

    @Test
    void theViewFiltersByImportanceOfTheSystemsARecordRunsIn() {
        List<String> lowImportance = codes(new EndOfSupportFilter(null, Importance.LOW, null));
        assertThat(lowImportance).contains(endingInTwentyDays.code(), endingInSevenMonths.code())
                .doesNotContain(ended.code());
        assertThat(codes(new EndOfSupportFilter(null, Importance.CRITICAL, null))).contains(ended.code())
                .doesNotContain(endingInTwentyDays.code());
    }

    @Test
    void aPlanRecordsCompensatingMeasuresAndAMigrationWithADueDateAndIsAudited() {
        assertThatThrownBy(() -> endOfSupport.savePlan(ended.id(), new EndOfSupportPlanDraft("分離", "2027年に移行",
                null, null), null)).isInstanceOf(io.taisei.platform.RuleViolationException.class);
        EndOfSupportPlanSummary plan = endOfSupport.savePlan(ended.id(), new EndOfSupportPlanDraft(
                "インターネットから隔離し、EDRで監視", "Windows Server 2022へ移行", today.plusMonths(3), null), null);
        assertThat(endOfSupport.item(ended.id()).plan()).usingRecursiveComparison().ignoringFields("updatedAt")
                .isEqualTo(plan);
        assertThatThrownBy(() -> endOfSupport.savePlan(ended.id(), EndOfSupportPlanDraft.of(plan), plan.version() + 5))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(audit.recordTypes()).anyMatch(type -> type.endsWith("EndOfSupportPlan"));
    }

    @Test
    void remindersAreRecordedOncePerStageBeforeEachDateAndOnceWhenItHasPassed() {
        endOfSupport.savePlan(endingInSevenMonths.id(), new EndOfSupportPlanDraft(null, "後継DBへ移行",
                today.plusDays(5), null), null);
        var ciso = io.taisei.notification.NotificationUsers.user(users, "ja", io.taisei.identity.Role.CISO);
        int first = endOfSupport.recordReminders(today);
        assertThat(first).isGreaterThanOrEqualTo(3);
        assertThat(endOfSupport.recordReminders(today)).isZero();
        // a support end that has passed reaches the CISO (and the owner, had the record one), once
        assertThat(jdbc.queryForObject("select count(*) from ntf_notification where username = ? and deduplication_key"
                + " like ?", Long.class, ciso.getUsername(), "eos:SUPPORT_ENDING:" + ended.id().value() + ":%"))
                .isEqualTo(1);

        var mine = endOfSupport.reminders(PageRequest.of(0, 200)).stream()
                .filter(r -> Set.of(ended.code(), endingInTwentyDays.code(), endingInSevenMonths.code(),
                        endingLater.code(), extendedBeyondHorizon.code()).contains(r.code())).toList();
        assertThat(mine).extracting(EndOfSupportReminder::code, EndOfSupportReminder::kind,
                EndOfSupportReminder::daysBefore).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ended.code(), EndOfSupportReminder.Kind.SUPPORT_ENDING, 0),
                org.assertj.core.groups.Tuple.tuple(endingInTwentyDays.code(), EndOfSupportReminder.Kind.SUPPORT_ENDING, 30),
                org.assertj.core.groups.Tuple.tuple(endingInSevenMonths.code(), EndOfSupportReminder.Kind.MIGRATION_DUE, 7));

        // two weeks on, Tomcat 9 is within 7 days: the next stage is recorded
        endOfSupport.recordReminders(today.plusDays(14));
        assertThat(endOfSupport.reminders(PageRequest.of(0, 200)).stream()
                .filter(r -> r.code().equals(endingInTwentyDays.code())).map(EndOfSupportReminder::daysBefore))
                .containsExactlyInAnyOrder(30, 7);
    }

    @Test
    void thePageListsRecordsAndTakesAPlan() throws Exception {
        mvc.perform(get("/assets/end-of-support").param("systemId", critical.id().value() + "").with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ended.code()), containsString("計画なし"),
                        not(containsString(endingLater.code())))));
        mvc.perform(post("/assets/end-of-support/" + ended.id().value()).with(WRITER).with(csrf())
                        .param("migrationPlan", "移行する"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("移行計画の期限を入力してください")));
        mvc.perform(post("/assets/end-of-support/" + ended.id().value()).with(WRITER).with(csrf())
                        .param("compensatingMeasures", "隔離セグメントへ移設").param("migrationPlan", "移行する")
                        .param("migrationDueOn", today.plusMonths(2).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/assets/end-of-support/" + ended.id().value()).with(READER))
                .andExpect(content().string(containsString("隔離セグメントへ移設")));
        mvc.perform(post("/assets/end-of-support/" + ended.id().value()).with(READER).with(csrf())
                        .param("migrationPlan", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiListsAndTakesPlansWithVersions() throws Exception {
        mvc.perform(get("/api/v1/end-of-support").param("systemId", minor.id().value() + "").with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].code").value(endingInTwentyDays.code()))
                .andExpect(jsonPath("$.content[0].daysLeft").value(20))
                .andExpect(jsonPath("$.content[0].systems[0].importance").value("LOW"));
        mvc.perform(get("/api/v1/end-of-support").param("horizonMonths", "0").with(READER))
                .andExpect(status().isBadRequest());
        String body = "{\"compensatingMeasures\":\"WAF\",\"migrationPlan\":\"Tomcat 10へ\",\"migrationDueOn\":\""
                + today.plusDays(10) + "\"}";
        mvc.perform(put("/api/v1/end-of-support/" + endingInTwentyDays.id().value() + "/plan").with(WRITER)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
        mvc.perform(put("/api/v1/end-of-support/" + endingInTwentyDays.id().value() + "/plan").with(WRITER)
                        .header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/end-of-support/" + endingInTwentyDays.id().value()).with(READER))
                .andExpect(jsonPath("$.plan.migrationPlan").value("Tomcat 10へ"));
        mvc.perform(get("/api/v1/end-of-support/reminders").with(READER)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/end-of-support/" + endingInTwentyDays.id().value() + "/plan").with(READER)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }
}
