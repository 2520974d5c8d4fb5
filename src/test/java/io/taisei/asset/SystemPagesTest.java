package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ledger 1 pages: list with htmx search, detail, forms with errors beside the field, permissions. */
@SpringBootTest
@AutoConfigureMockMvc
class SystemPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Test
    void theListIsSearchedAndFilteredAndHtmxGetsOnlyTheResults() throws Exception {
        var org = org(organization);
        String marker = unique("PG");
        assets.createSystem(AssetFixtures.inHouse(marker + "-CORE", org));
        assets.createSystem(AssetFixtures.saas(marker + "-MAIL", org));

        mvc.perform(get("/assets/systems").with(READER).param("q", marker.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(marker + "-CORE"), containsString(marker + "-MAIL"),
                        containsString("2件"), containsString("navbar"), containsString("クラウド（SaaS）"))));
        mvc.perform(get("/assets/systems").with(READER).param("q", marker).param("kind", "IN_HOUSE")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(marker + "-CORE"), not(containsString(marker + "-MAIL")),
                        not(containsString("<html")))));
        mvc.perform(get("/assets/systems").with(READER).param("q", marker).param("protectionPriority", "P2"))
                .andExpect(content().string(allOf(containsString(marker + "-MAIL"), not(containsString(marker + "-CORE")))));
        mvc.perform(get("/assets/systems").with(READER).cookie(new Cookie("TAISEI_LANG", "en")).param("q", marker))
                .andExpect(content().string(allOf(containsString("Systems and services"), containsString("Cloud SaaS"))));
    }

    @Test
    void theDetailPageShowsTheOwnerAndTheDerivedPriority() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("DT"), org));
        mvc.perform(get("/assets/systems/{id}", core.id().value()).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("山田 太郎"), containsString("P1（最優先）"),
                        containsString(org.department().name()), not(containsString("id=\"edit\"")))));
        mvc.perform(get("/assets/systems/{id}", 987654321).with(READER)).andExpect(status().isNotFound());
    }

    @Test
    void aWriterRegistersAndEditsASystemThroughTheForms() throws Exception {
        var org = org(organization);
        String code = unique("FM");
        mvc.perform(get("/assets/systems/new").with(WRITER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("システムの登録"), containsString(org.person().name()))));
        mvc.perform(post("/assets/systems/new").with(WRITER).with(csrf())
                        .param("code", code).param("name", "インターネットバンキング").param("kind", "IN_HOUSE")
                        .param("legalEntityId", String.valueOf(org.legalEntity().id().value()))
                        .param("departmentId", String.valueOf(org.department().id().value()))
                        .param("lifecycle", "IN_SERVICE").param("importance", "HIGH").param("confidentiality", "HIGH")
                        .param("integrity", "MEDIUM").param("availability", "MEDIUM").param("internetExposed", "true")
                        .param("environment", "PRODUCTION").param("rtoMinutes", "60"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/assets/systems/*"));
        SystemSummary created = assets.systemByCode(code).orElseThrow();
        assertThat(created.protectionPriority()).isEqualTo(ProtectionPriority.P1);
        assertThat(created.rtoMinutes()).isEqualTo(60);

        mvc.perform(get("/assets/systems/{id}/edit", created.id().value()).with(WRITER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("インターネットバンキング"), containsString("name=\"version\""))));
        mvc.perform(post("/assets/systems/{id}/edit", created.id().value()).with(WRITER).with(csrf())
                        .param("version", String.valueOf(created.version()))
                        .param("code", code).param("name", "IB").param("kind", "EXTERNAL_SERVICE")
                        .param("serviceKind", "SAAS").param("provider", "NTT")
                        .param("legalEntityId", String.valueOf(org.legalEntity().id().value()))
                        .param("departmentId", String.valueOf(org.department().id().value()))
                        .param("lifecycle", "RETIRING").param("importance", "LOW").param("confidentiality", "LOW")
                        .param("integrity", "LOW").param("availability", "LOW").param("environment", "STAGING")
                        .param("_internetExposed", "on"))
                .andExpect(status().is3xxRedirection());
        SystemSummary changed = assets.system(created.id());
        assertThat(changed.provider()).isEqualTo("NTT");
        assertThat(changed.internetExposed()).isFalse();
        assertThat(changed.protectionPriority()).isEqualTo(ProtectionPriority.P4);
    }

    @Test
    void invalidFormInputIsShownBesideTheFieldAndNothingIsWritten() throws Exception {
        var org = org(organization);
        String code = unique("BADF");
        mvc.perform(post("/assets/systems/new").with(WRITER).with(csrf())
                        .param("code", code).param("name", "").param("kind", "EXTERNAL_SERVICE")
                        .param("legalEntityId", String.valueOf(org.legalEntity().id().value()))
                        .param("departmentId", String.valueOf(org.department().id().value()))
                        .param("lifecycle", "IN_SERVICE").param("importance", "HIGH").param("confidentiality", "HIGH")
                        .param("integrity", "MEDIUM").param("availability", "MEDIUM").param("environment", "PRODUCTION")
                        .param("rtoMinutes", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"), containsString("id=\"name\""))));
        mvc.perform(post("/assets/systems/new").with(WRITER).with(csrf())
                        .param("code", code).param("name", "外部サービス").param("kind", "EXTERNAL_SERVICE")
                        .param("legalEntityId", String.valueOf(org.legalEntity().id().value()))
                        .param("departmentId", String.valueOf(org.department().id().value()))
                        .param("lifecycle", "IN_SERVICE").param("importance", "HIGH").param("confidentiality", "HIGH")
                        .param("integrity", "MEDIUM").param("availability", "MEDIUM").param("environment", "PRODUCTION")
                        .param("_internetExposed", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("外部システムサービスの種別を選択してください。")));
        assertThat(assets.systemByCode(code)).isEmpty();
    }

    @Test
    void readersSeeNoFormsAndOutsidersNoLedger() throws Exception {
        mvc.perform(get("/assets/systems/new").with(READER)).andExpect(status().isForbidden());
        mvc.perform(post("/assets/systems/new").with(READER).with(csrf()).param("code", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assets/systems").with(OUTSIDER)).andExpect(status().isForbidden());
        mvc.perform(get("/assets/systems").with(READER))
                .andExpect(content().string(not(containsString("id=\"new-system\""))));
    }
}
