package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;

import static io.taisei.asset.AssetFixtures.OUTSIDER;
import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ledger 3 and 4 pages, and a system's page reaching its data and connections. */
@SpringBootTest
@AutoConfigureMockMvc
class DataAndNetworkPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Test
    void aSystemPageShowsItsDataAndConnectionsAndTheDataPageLinksBack() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("PCORE"), org));
        String dataCode = unique("PD");
        mvc.perform(post("/assets/data/new").with(WRITER).with(csrf())
                        .param("code", dataCode).param("name", "口座情報").param("category", "CUSTOMER_INFORMATION")
                        .param("classification", "CONFIDENTIAL").param("storedInIds", String.valueOf(core.id().value()))
                        .param("retention", "10年"))
                .andExpect(status().is3xxRedirection());
        DataAssetSummary data = assets.dataByCode(dataCode).orElseThrow();
        String connectionCode = unique("PC");
        mvc.perform(post("/assets/connections/new").with(WRITER).with(csrf())
                        .param("code", connectionCode).param("kind", "EXTERNAL_PARTY")
                        .param("fromSystemId", String.valueOf(core.id().value())).param("counterparty", "日本銀行")
                        .param("direction", "OUTBOUND").param("dataCategories", "TRANSACTION")
                        .param("_encrypted", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(assets.connectionByCode(connectionCode).orElseThrow().encrypted()).isFalse();

        mvc.perform(get("/assets/systems/{id}", core.id().value()).with(READER))
                .andExpect(content().string(allOf(containsString(dataCode), containsString("口座情報"),
                        containsString(connectionCode), containsString("日本銀行"), containsString("取引データ"))));
        mvc.perform(get("/assets/data/{id}", data.id().value()).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/assets/systems/" + core.id().value()),
                        containsString("秘"))));
        mvc.perform(get("/assets/connections").with(READER).param("q", connectionCode).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("日本銀行"), containsString(core.code()),
                        not(containsString("<html")))));
    }

    @Test
    void zonesAreListedAndSearched() throws Exception {
        String code = unique("ZN");
        mvc.perform(post("/assets/network-zones/new").with(WRITER).with(csrf())
                        .param("code", code).param("name", "本店LAN").param("kind", "INTERNAL")
                        .param("addressRanges", "10.10.0.0/16"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/assets/network-zones").with(READER).param("q", "10.10.0"))
                .andExpect(content().string(allOf(containsString(code), containsString("社内ネットワーク"))));
    }

    @Test
    void invalidInputIsShownBesideTheFieldAndNothingIsWritten() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("ICORE"), org));
        String code = unique("IC");
        mvc.perform(post("/assets/connections/new").with(WRITER).with(csrf())
                        .param("code", code).param("kind", "SYSTEM")
                        .param("fromSystemId", String.valueOf(core.id().value()))
                        .param("direction", "OUTBOUND").param("_encrypted", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"), containsString("接続先システムを選択してください。"))));
        mvc.perform(post("/assets/data/new").with(WRITER).with(csrf())
                        .param("code", code).param("name", "x").param("category", "NOPE").param("classification", "PUBLIC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(assets.connectionByCode(code)).isEmpty();
        assertThat(assets.dataByCode(code)).isEmpty();
    }

    @Test
    void readersSeeNoFormsAndOutsidersNoLedger() throws Exception {
        for (String path : new String[]{"/assets/data", "/assets/connections", "/assets/network-zones"}) {
            mvc.perform(get(path + "/new").with(READER)).andExpect(status().isForbidden());
            mvc.perform(get(path).with(OUTSIDER)).andExpect(status().isForbidden());
            mvc.perform(get(path).with(READER)).andExpect(status().isOk());
        }
    }
}
