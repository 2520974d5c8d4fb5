package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Keeping the ledgers current: completeness counted by the database, owners, review dates and reviews. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerKeepingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Autowired
    LedgerKeepingManagement keeping;

    @Test
    void completenessCountsTheRecordsWithTheFieldsTheGuidelineRequires() {
        var org = org(organization);
        LedgerOverview hwBefore = keeping.overview(Ledger.HARDWARE_SOFTWARE);
        LedgerOverview systemsBefore = keeping.overview(Ledger.SYSTEMS);
        LedgerOverview dataBefore = keeping.overview(Ledger.DATA);

        SystemSummary owned = assets.createSystem(AssetFixtures.inHouse(unique("KEEP"), org));
        SystemDraft d = AssetFixtures.inHouse(unique("KEEP"), org);
        assets.createSystem(new SystemDraft(d.code(), d.name(), d.purpose(), d.kind(), d.legalEntityId(),
                d.departmentId(), null, d.lifecycle(), d.importance(), d.confidentiality(), d.integrity(),
                d.availability(), false, d.environment(), null, null, null, null, null, null));
        assets.createHardwareSoftware(new HardwareSoftwareDraft(unique("KEEP"), HardwareSoftwareKind.DATABASE,
                "Oracle", "Database", "19c", null, null, LocalDate.of(2027, 4, 30), false, null, null, 1, null,
                Set.of()));
        assets.createHardwareSoftware(new HardwareSoftwareDraft(unique("KEEP"), HardwareSoftwareKind.APPLICATION,
                null, "社内ツール", null, null, null, null, false, null, null, 1, null, Set.of()));
        assets.createData(new DataAssetDraft(unique("KEEP"), "顧客台帳", DataCategory.CUSTOMER_INFORMATION,
                Classification.CONFIDENTIAL, Set.of(owned.id().value()), Set.of(), null, null, null));
        assets.createData(new DataAssetDraft(unique("KEEP"), "保管先不明", DataCategory.INTERNAL,
                Classification.INTERNAL, Set.of(), Set.of(), null, null, null));

        LedgerOverview hw = keeping.overview(Ledger.HARDWARE_SOFTWARE);
        assertThat(hw.records() - hwBefore.records()).isEqualTo(2);
        assertThat(hw.complete() - hwBefore.complete()).isEqualTo(1);
        LedgerOverview systems = keeping.overview(Ledger.SYSTEMS);
        assertThat(systems.records() - systemsBefore.records()).isEqualTo(2);
        assertThat(systems.complete() - systemsBefore.complete()).isEqualTo(1);
        LedgerOverview data = keeping.overview(Ledger.DATA);
        assertThat(data.records() - dataBefore.records()).isEqualTo(2);
        assertThat(data.complete() - dataBefore.complete()).isEqualTo(1);
        assertThat(hw.completeness()).isBetween(0.0, 100.0).isEqualTo(Math.floor(1000.0 * hw.complete() / hw.records()) / 10.0);
        assertThat(new LedgerOverview(Ledger.NETWORK_ZONES, 0, 0, null, 12, null, null, ReviewState.NOT_SCHEDULED, -1)
                .completeness()).isEqualTo(100.0);
    }

    @Test
    void aReviewMovesTheNextReviewDateOnAndClearsTheDueIndicator() throws Exception {
        var org = org(organization);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        LedgerOverview before = keeping.overview(Ledger.CONNECTIONS);
        keeping.keep(Ledger.CONNECTIONS, new LedgerStewardshipDraft(org.person().id().value(), 6,
                today.minusDays(3)), before.version());
        assertThat(keeping.reviewState(Ledger.CONNECTIONS)).isEqualTo(ReviewState.OVERDUE);
        mvc.perform(get("/assets/connections").with(READER))
                .andExpect(content().string(containsString("この台帳の見直し期限を過ぎています")));

        keeping.recordReview(Ledger.CONNECTIONS, new LedgerReviewDraft(org.person().id().value(), today, "全件確認"));
        LedgerOverview after = keeping.overview(Ledger.CONNECTIONS);
        assertThat(after.nextReviewOn()).isEqualTo(today.plusMonths(6));
        assertThat(after.lastReviewedOn()).isEqualTo(today);
        assertThat(after.reviewState()).isEqualTo(ReviewState.CURRENT);
        assertThat(keeping.reviews(Ledger.CONNECTIONS, PageRequest.of(0, 5)).getContent())
                .extracting(LedgerReview::note).contains("全件確認");
        mvc.perform(get("/assets/connections").with(READER))
                .andExpect(content().string(not(containsString("見直し期限を過ぎています"))));

        assertThatThrownBy(() -> keeping.keep(Ledger.CONNECTIONS, new LedgerStewardshipDraft(null, 6, null),
                after.version() + 3)).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> keeping.recordReview(Ledger.CONNECTIONS, new LedgerReviewDraft(999_999L, today, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        v -> assertThat(v.field()).isEqualTo("reviewedById"));
    }

    @Test
    void theOverviewPageShowsEveryLedgerAndTakesOwnersAndReviews() throws Exception {
        var org = org(organization);
        mvc.perform(get("/assets").with(READER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ledger-hardware-software"),
                        containsString("ネットワークゾーン台帳"), containsString("充足の条件：バージョンとサポート終了予定日"))));
        mvc.perform(post("/assets/ledgers/data/stewardship").with(WRITER).with(csrf())
                        .param("ownerId", org.person().id().value() + "").param("reviewIntervalMonths", "12")
                        .param("nextReviewOn", LocalDate.now().plusMonths(2).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/assets/ledgers/data/reviews").with(WRITER).with(csrf())
                        .param("reviewedById", org.person().id().value() + "")
                        .param("reviewedOn", LocalDate.now().toString()).param("note", "四半期点検"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/assets/ledgers/data").with(READER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("四半期点検"), containsString(org.person().name()))));
        mvc.perform(post("/assets/ledgers/data/reviews").with(WRITER).with(csrf())
                        .param("reviewedOn", LocalDate.now().toString()))
                .andExpect(status().isOk());
        mvc.perform(post("/assets/ledgers/data/reviews").with(READER).with(csrf())
                        .param("reviewedById", org.person().id().value() + "")
                        .param("reviewedOn", LocalDate.now().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assets/ledgers/no-such-ledger").with(READER)).andExpect(status().isNotFound());
    }

    @Test
    void theApiListsEveryLedgerWithItsScoreAndRecordsReviews() throws Exception {
        var org = org(organization);
        mvc.perform(get("/api/v1/ledgers").with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[1].ledger").value("HARDWARE_SOFTWARE"))
                .andExpect(jsonPath("$[1].completeness").isNumber());
        String etag = mvc.perform(get("/api/v1/ledgers/network-zones").with(READER)).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        String stewardship = "{\"ownerId\":" + org.person().id().value() + ",\"reviewIntervalMonths\":3}";
        mvc.perform(put("/api/v1/ledgers/network-zones/stewardship").with(WRITER).header("If-Match", "\"41\"")
                .contentType(MediaType.APPLICATION_JSON).content(stewardship)).andExpect(status().isConflict());
        mvc.perform(put("/api/v1/ledgers/network-zones/stewardship").with(WRITER).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(stewardship))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reviewIntervalMonths").value(3));
        mvc.perform(post("/api/v1/ledgers/NETWORK_ZONES/reviews").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reviewedById\":" + org.person().id().value() + ",\"reviewedOn\":\""
                                + LocalDate.now() + "\",\"note\":\"CIDR確認\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/ledgers/network-zones/reviews").with(READER))
                .andExpect(jsonPath("$.content[0].note").value("CIDR確認"));
        mvc.perform(post("/api/v1/ledgers/network-zones/reviews").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reviewedOn\":\"" + LocalDate.now() + "\"}")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/ledgers/network-zones/stewardship").with(READER)
                .contentType(MediaType.APPLICATION_JSON).content(stewardship)).andExpect(status().isForbidden());
    }
}
