package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * What every asset form does with a post (see FormSubmission): a change that goes through redirects with a flash
 * message; one made over someone else's change (a stale version) is shown above the form, with what was typed kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssetFormSubmissionTest {

    private static final String STALE = "他の人がこのデータを先に変更しました";
    private static final long STALE_VERSION = 9_999;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Test
    void everyLedgerFormSavesARecordAndRedirectsWithTheSavedMessage() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("FS"), org));
        String zone = unique("FSZ");
        saved(post("/assets/network-zones/new").param("code", zone).param("name", "DMZ").param("kind", "DMZ"),
                "/assets/network-zones");
        NetworkZoneSummary dmz = assets.zoneByCode(zone).orElseThrow();
        saved(post("/assets/network-zones/{id}/edit", dmz.id().value()).param("version", "" + dmz.version())
                .param("code", zone).param("name", "DMZ 2").param("kind", "DMZ"), "/assets/network-zones");
        String connection = unique("FSC");
        saved(connection(post("/assets/connections/new"), connection, core), "/assets/connections");
        ConnectionSummary link = assets.connectionByCode(connection).orElseThrow();
        saved(connection(post("/assets/connections/{id}/edit", link.id().value()), connection, core)
                .param("version", "" + link.version()), "/assets/connections");
        String item = unique("FSH");
        String created = mvc.perform(hardwareSoftware(post("/assets/hardware-software/new"), item).with(WRITER)
                        .with(csrf()))
                .andExpect(flash().attribute("message", "asset.saved"))
                .andReturn().getResponse().getRedirectedUrl();
        long itemId = assets.hardwareSoftwareByCode(item).orElseThrow().id().value();
        assertThat(created).isEqualTo("/assets/hardware-software/" + itemId);
        saved(post("/assets/end-of-support/{id}", itemId).param("compensatingMeasures", "閉域網で運用"),
                "/assets/end-of-support/" + itemId);
        mvc.perform(post("/assets/ledgers/systems/reviews").with(WRITER).with(csrf())
                        .param("reviewedById", "" + org.person().id().value())
                        .param("reviewedOn", LocalDate.now().toString()))
                .andExpect(redirectedUrl("/assets/ledgers/systems"))
                .andExpect(flash().attribute("message", "asset.keeping.reviewed"));
    }

    @Test
    void aChangeOverSomeoneElsesIsShownAboveEachFormWithWhatWasTypedKept() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("FS"), org));
        stale(post("/assets/systems/{id}/edit", core.id().value()).param("code", core.code()).param("name", "勘定系（改）")
                .param("kind", "IN_HOUSE").param("lifecycle", "IN_SERVICE").param("environment", "PRODUCTION")
                .param("legalEntityId", "" + org.legalEntity().id().value())
                .param("departmentId", "" + org.department().id().value()).param("importance", "HIGH")
                .param("confidentiality", "HIGH").param("integrity", "HIGH").param("availability", "HIGH")
                .param("internetExposed", "false"), "asset/system-form", "勘定系（改）");

        String item = unique("FSH");
        mvc.perform(hardwareSoftware(post("/assets/hardware-software/new"), item).with(WRITER).with(csrf()));
        long itemId = assets.hardwareSoftwareByCode(item).orElseThrow().id().value();
        stale(hardwareSoftware(post("/assets/hardware-software/{id}/edit", itemId), item).param("location", "第二センター"),
                "asset/hardware-software-form", "第二センター");
        String due = LocalDate.now().plusMonths(2).toString();
        mvc.perform(post("/assets/end-of-support/{id}", itemId).param("migrationPlan", "後継機へ移行")
                        .param("migrationDueOn", due).with(WRITER).with(csrf()))
                .andExpect(redirectedUrl("/assets/end-of-support/" + itemId));
        stale(post("/assets/end-of-support/{id}", itemId).param("migrationPlan", "後継機へ移行（前倒し）")
                .param("migrationDueOn", due), "asset/end-of-support-plan", "後継機へ移行（前倒し）");

        String data = unique("FSD");
        DataAssetSummary record = assets.createData(new DataAssetDraft(data, "顧客情報", DataCategory.CUSTOMER_INFORMATION,
                Classification.CONFIDENTIAL, Set.of(core.id().value()), Set.of(), null, null, null));
        stale(post("/assets/data/{id}/edit", record.id().value()).param("code", data).param("name", "顧客情報（改）")
                .param("category", "CUSTOMER_INFORMATION").param("classification", "CONFIDENTIAL")
                .param("storedInIdsCodes", core.code()), "asset/data-form", "顧客情報（改）");

        String zone = unique("FSZ");
        NetworkZoneSummary dmz = assets.createZone(new NetworkZoneDraft(zone, "DMZ", ZoneKind.DMZ, null, null));
        stale(post("/assets/network-zones/{id}/edit", dmz.id().value()).param("code", zone).param("name", "公開セグメント")
                .param("kind", "DMZ"), "asset/zone-form", "公開セグメント");

        String connection = unique("FSC");
        mvc.perform(connection(post("/assets/connections/new"), connection, core).with(WRITER).with(csrf()));
        stale(connection(post("/assets/connections/{id}/edit",
                        assets.connectionByCode(connection).orElseThrow().id().value()), connection, core)
                .param("protocol", "SFTP/22"), "asset/connection-form", "SFTP/22");

        String unmanagedUrl = mvc.perform(post("/assets/unmanaged/new").with(WRITER).with(csrf())
                        .param("kind", "DEVICE").param("name", "私物ルーター").param("foundWhere", "3階会議室")
                        .param("discoveryMethod", "NETWORK_SCAN").param("discoveredOn", LocalDate.now().toString()))
                .andReturn().getResponse().getRedirectedUrl();
        stale(post(unmanagedUrl + "/edit").param("kind", "DEVICE").param("name", "私物ルーター（撤去待ち）")
                .param("foundWhere", "3階会議室").param("discoveryMethod", "NETWORK_SCAN")
                .param("discoveredOn", LocalDate.now().toString()), "asset/unmanaged-form", "私物ルーター（撤去待ち）");

        stale(post("/assets/ledgers/systems/stewardship").param("reviewIntervalMonths", "7"), "asset/ledger-keeping",
                "value=\"7\"");
    }

    private void saved(MockHttpServletRequestBuilder request, String target) throws Exception {
        mvc.perform(request.with(WRITER).with(csrf()))
                .andExpect(redirectedUrl(target))
                .andExpect(flash().attribute("message", "asset.saved"));
    }

    private void stale(MockHttpServletRequestBuilder request, String form, String typed) throws Exception {
        mvc.perform(request.param("version", "" + STALE_VERSION).with(WRITER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(form))
                .andExpect(content().string(allOf(containsString("id=\"form-errors\""), containsString(STALE),
                        containsString(typed))));
    }

    private static MockHttpServletRequestBuilder hardwareSoftware(MockHttpServletRequestBuilder request, String code) {
        return request.param("code", code).param("kind", "SERVER").param("product", "PRIMERGY")
                .param("supportExtendable", "false").param("supportEndsOn", LocalDate.now().plusMonths(3).toString());
    }

    private static MockHttpServletRequestBuilder connection(MockHttpServletRequestBuilder request, String code,
                                                            SystemSummary from) {
        return request.param("code", code).param("kind", "EXTERNAL_PARTY").param("direction", "OUTBOUND")
                .param("fromSystemIdCode", from.code()).param("toSystemIdCode", "").param("counterparty", "全銀センター")
                .param("encrypted", "true");
    }
}
