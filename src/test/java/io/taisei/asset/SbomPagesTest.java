package io.taisei.asset;

import io.taisei.asset.sbom.SbomManagement;
import io.taisei.asset.sbom.SbomSummary;
import io.taisei.organization.OrganizationManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static io.taisei.asset.AssetFixtures.OUTSIDER;
import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static io.taisei.asset.SbomFixtures.DROPWIZARD;
import static io.taisei.asset.SbomFixtures.SPDX;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The SBOM section of the system page, the upload form, the components list, the diff page and the download. */
@SpringBootTest(properties = SbomFixtures.LIMIT)
@AutoConfigureMockMvc
class SbomPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Autowired
    SbomManagement sboms;

    private SystemId newSystem() {
        return assets.createSystem(AssetFixtures.inHouse(unique("PAGE"), org(organization))).id();
    }

    @Test
    void theSystemPageShowsTheSbomSectionWithUploadFormForWritersOnly() throws Exception {
        SystemId system = newSystem();
        mvc.perform(get("/assets/systems/{id}", system.value()).with(WRITER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"sbom\""),
                        containsString("このシステムのSBOMはまだ登録されていません。"), containsString("id=\"sbom-upload\""))));
        mvc.perform(get("/assets/systems/{id}", system.value()).with(READER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"sbom\""), not(containsString("id=\"sbom-upload\"")))));
    }

    @Test
    void anUploadFromThePageBecomesTheCurrentSbomWithLinksToComponentsDiffAndExport() throws Exception {
        SystemId system = newSystem();
        mvc.perform(multipart("/assets/systems/{id}/sboms", system.value())
                        .file(new MockMultipartFile("file", DROPWIZARD, "application/json", SbomFixtures.bytes(DROPWIZARD)))
                        .with(WRITER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/assets/systems/" + system.value() + "#sbom"))
                .andExpect(flash().attribute("sbomMessage",
                        DROPWIZARD + " を保存しました（コンポーネント 167件、依存関係 170件）。"));
        SbomSummary first = sboms.current(system).orElseThrow();
        SbomSummary second = SbomFixtures.upload(sboms, system, "dropwizard-next.bom.json", SbomFixtures.dropwizardNext());

        mvc.perform(get("/assets/systems/{id}", system.value()).with(READER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("dropwizard-next.bom.json"),
                        containsString("id=\"sbom-component-count\">167<"),
                        containsString("/assets/sboms/" + second.id()),
                        containsString("/assets/sboms/diff?from=" + first.id() + "&amp;to=" + second.id()),
                        containsString("/assets/systems/" + system.value() + "/sbom.cdx.json"),
                        containsString("id=\"sbom-versions\""))));

        mvc.perform(get("/assets/sboms/{id}", second.id()).with(READER).param("q", "databind")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("com.fasterxml.jackson.core/jackson-databind"),
                        containsString("2.9.10.1"), containsString("1件"))));
        mvc.perform(get("/assets/sboms/{id}", second.id()).with(READER).header("HX-Request", "true").param("q", "snakeyaml-engine"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("org.yaml/snakeyaml-engine"), not(containsString("<html")))));
        mvc.perform(get("/assets/sboms/diff").with(READER).param("from", String.valueOf(first.id()))
                        .param("to", String.valueOf(second.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("バージョン変更（1件）"), containsString("追加（1件）"),
                        containsString("削除（1件）"), containsString("javassist"), containsString("2.9.10.1"),
                        containsString("変更のないコンポーネント：165件"))));
        mvc.perform(get("/assets/sboms/diff").with(READER).cookie(new Cookie("TAISEI_LANG", "en"))
                        .param("from", String.valueOf(first.id())).param("to", String.valueOf(second.id())))
                .andExpect(content().string(containsString("Version changed (1)")));
        mvc.perform(get("/assets/systems/{id}/sbom.cdx.json", system.value()).with(READER)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".cdx.json")))
                .andExpect(content().string(containsString("\"specVersion\" : \"1.6\"")));
    }

    @Test
    void aRefusedUploadShowsTheReasonOnTheSystemPageAndStoresNothing() throws Exception {
        SystemId system = newSystem();
        mvc.perform(multipart("/assets/systems/{id}/sboms", system.value())
                        .file(new MockMultipartFile("file", "xxe.cdx.xml", "application/xml", SbomFixtures.bytes("bad/xxe.cdx.xml")))
                        .with(WRITER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("sbomError", containsString("xxe.cdx.xml に文書型宣言（DOCTYPE）が含まれています")));
        org.assertj.core.api.Assertions.assertThat(sboms.current(system)).isEmpty();
        mvc.perform(multipart("/assets/systems/{id}/sboms", system.value())
                        .file(new MockMultipartFile("file", SPDX, "application/json", SbomFixtures.bytes(SPDX)))
                        .with(READER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assets/sboms/diff").with(OUTSIDER).param("from", "1").param("to", "2"))
                .andExpect(status().isForbidden());
    }
}
