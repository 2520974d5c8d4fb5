package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
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

/** Ledger 2 pages, and the cross-reference between systems and their hardware and software, both ways. */
@SpringBootTest
@AutoConfigureMockMvc
class HardwareSoftwarePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Test
    void aWriterRegistersSoftwareForASystemAndEachPageLinksToTheOther() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("XR"), org));
        String code = unique("RHEL");
        mvc.perform(get("/assets/hardware-software/new").with(WRITER).param("systemId", String.valueOf(core.id().value())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ハードウェア・ソフトウェアの登録"), containsString(core.code()))));
        mvc.perform(post("/assets/hardware-software/new").with(WRITER).with(csrf())
                        .param("code", code).param("kind", "OPERATING_SYSTEM").param("vendor", "Red Hat")
                        .param("product", "Enterprise Linux").param("productVersion", "9.4")
                        .param("cpe", "cpe:2.3:o:redhat:enterprise_linux:9.4:*:*:*:*:*:*:*")
                        .param("supportEndsOn", "2032-05-31").param("_supportExtendable", "on").param("quantity", "3")
                        .param("systemIds", String.valueOf(core.id().value())))
                .andExpect(status().is3xxRedirection());
        HardwareSoftwareSummary rhel = assets.hardwareSoftwareByCode(code).orElseThrow();
        assertThat(rhel.systemIds()).containsExactly(core.id());

        mvc.perform(get("/assets/systems/{id}", core.id().value()).with(READER))
                .andExpect(content().string(allOf(containsString(code), containsString("Red Hat Enterprise Linux 9.4"))));
        mvc.perform(get("/assets/hardware-software/{id}", rhel.id().value()).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(core.code()), containsString("2032-05-31"),
                        containsString("/assets/systems/" + core.id().value()))));
    }

    @Test
    void theListIsSearchedAndHtmxGetsOnlyTheResults() throws Exception {
        String marker = unique("HWL");
        assets.createHardwareSoftware(HardwareSoftwareApiTest.tomcat(marker + "-A", Set.of()));
        mvc.perform(get("/assets/hardware-software").with(READER).param("q", marker))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(marker + "-A"), containsString("ミドルウェア"),
                        containsString("navbar"))));
        mvc.perform(get("/assets/hardware-software").with(READER).param("q", marker).param("kind", "SERVER")
                        .header("HX-Request", "true"))
                .andExpect(content().string(allOf(not(containsString(marker + "-A")), not(containsString("<html")))));
    }

    @Test
    void narrowedToSupportEndingBeforeADayThePageShowsWhatEndsFirstAndSaysSoInItsSortChoice() throws Exception {
        String marker = unique("HWEOS");
        assets.createHardwareSoftware(HardwareSoftwareApiTest.server(marker + "-A", LocalDate.of(2029, 6, 30)));
        assets.createHardwareSoftware(HardwareSoftwareApiTest.server(marker + "-B", LocalDate.of(2028, 3, 31)));

        String page = mvc.perform(get("/assets/hardware-software").with(READER).param("q", marker)
                        .param("supportEndsBefore", "2030-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(marker + "-B")).isPositive().isLessThan(page.indexOf(marker + "-A"));
        assertThat(page).containsPattern("<option value=\"supportEndsOn,asc\"\\s+selected");

        String byCode = mvc.perform(get("/assets/hardware-software").with(READER).param("q", marker))
                .andReturn().getResponse().getContentAsString();
        assertThat(byCode.indexOf(marker + "-A")).isPositive().isLessThan(byCode.indexOf(marker + "-B"));
        assertThat(byCode).containsPattern("<option value=\"code,asc\"\\s+selected");
    }

    @Test
    void aMalformedPackageUrlIsShownBesideTheFieldAndNothingIsWritten() throws Exception {
        String code = unique("PURL");
        mvc.perform(post("/assets/hardware-software/new").with(WRITER).with(csrf())
                        .param("code", code).param("kind", "LIBRARY").param("product", "log4j-core")
                        .param("purl", "log4j-core 2.14").param("_supportExtendable", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"),
                        containsString("正しいパッケージURLを入力してください"))));
        mvc.perform(post("/assets/hardware-software/new").with(WRITER).with(csrf())
                        .param("code", code).param("kind", "LIBRARY").param("product", "log4j-core")
                        .param("supportEndsOn", "not-a-date").param("_supportExtendable", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(assets.hardwareSoftwareByCode(code)).isEmpty();
    }

    @Test
    void readersSeeNoFormsAndOutsidersNoLedger() throws Exception {
        mvc.perform(get("/assets/hardware-software/new").with(READER)).andExpect(status().isForbidden());
        mvc.perform(get("/assets/hardware-software").with(OUTSIDER)).andExpect(status().isForbidden());
    }
}
