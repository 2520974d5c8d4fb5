package io.taisei.compliance.framework;

import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.CatalogSummary;
import io.taisei.identity.Role;
import io.taisei.platform.Permissions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static io.taisei.compliance.framework.FrameworkFixtures.READER;
import static io.taisei.compliance.framework.FrameworkFixtures.WRITER;
import static io.taisei.compliance.framework.FrameworkFixtures.file;
import static io.taisei.compliance.framework.FrameworkFixtures.token;
import static io.taisei.compliance.framework.FrameworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@SpringBootTest
@AutoConfigureMockMvc
class FrameworkPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FrameworkManagement frameworks;

    @Autowired
    CatalogManagement catalogs;

    CatalogSummary guideline;

    @BeforeEach
    void shippedCatalog() {
        guideline = catalogs.catalog("fsa-cyber", "2024-10").orElseThrow();
    }

    long imported(String fixture, String t) {
        byte[] content = unique(fixture, t).getBytes(StandardCharsets.UTF_8);
        return frameworks.importLibrary(fixture, content.length, new java.io.ByteArrayInputStream(content)).frameworkId();
    }

    @Test
    void theImportPageImportsAFileAndShowsWhatWasLeftOut() throws Exception {
        String t = token();
        mvc.perform(get("/compliance/frameworks/import").with(WRITER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        // sessions live in the database (Spring Session): the flash result travels with the session cookie
        var imported = mvc.perform(multipart("/compliance/frameworks/import")
                        .file(file("bank.yaml", unique("internal-standard.yaml", t))).with(WRITER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse();
        String redirect = imported.getRedirectedUrl();
        assertThat(redirect).isEqualTo("/compliance/frameworks/import");
        FrameworkSummary stored = frameworks.currentFramework("urn:" + t + ":risk:framework:bank-standard").orElseThrow();
        mvc.perform(get(redirect).cookie(imported.getCookies()).with(WRITER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bank.yaml:フレームワーク " + stored.urn()
                        + " バージョン 1 を取り込みました(要求事項 5 件)")))
                .andExpect(content().string(containsString("取り込んでいません):convert_library_version, framework.max_score, framework.min_score")))
                .andExpect(content().string(containsString("/compliance/frameworks/" + stored.id())));
    }

    @Test
    void aRefusedFileIsReportedBesideTheFieldWithItsLineAndNothingIsStored() throws Exception {
        long before = frameworks.frameworks(null, org.springframework.data.domain.Pageable.unpaged()).getTotalElements();
        mvc.perform(multipart("/compliance/frameworks/import").file(file("bad/cycle.yaml")).with(WRITER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ファイル cycle.yaml は取り込まれませんでした")))
                .andExpect(content().string(containsString("14 行目:親子関係が循環しています")));
        mvc.perform(multipart("/compliance/frameworks/import").file(file("bad/unknown-field.yaml")).with(WRITER).with(csrf())
                        .cookie(new Cookie("TAISEI_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Line 16: unknown field parent_urm in requirement_nodes.")));
        mvc.perform(multipart("/compliance/frameworks/import").with(WRITER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("取り込むファイルを選んでください")));
        assertThat(frameworks.frameworks(null, org.springframework.data.domain.Pageable.unpaged()).getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void theListShowsFrameworksWithExportButtonsAndTheGuidelineExport() throws Exception {
        String t = token();
        long id = imported("csf-like.yaml", t);
        mvc.perform(get("/compliance/frameworks").param("q", t).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/compliance/frameworks/" + id + "/export")))
                .andExpect(content().string(containsString("/compliance/frameworks/guideline/" + guideline.id().value() + "/export")))
                .andExpect(content().string(containsString("1 件")))
                .andExpect(content().string(not(containsString("/compliance/frameworks/import\""))));
        mvc.perform(get("/compliance/frameworks").param("q", t).header("HX-Request", "true").with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav class=\"navbar"))))
                .andExpect(content().string(containsString("CSF-like")));
    }

    @Test
    void theFrameworkPageShowsTheTreeIndentedSearchableAndPaged() throws Exception {
        String t = token();
        long id = imported("csf-like.yaml", t);
        mvc.perform(get("/compliance/frameworks/" + id).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li class=\"fw-depth-3\" data-urn=\"urn:" + t + ":risk:req_node:csf-like:id.ra-01\"")))
                .andExpect(content().string(containsString("ID.RA-01")))
                .andExpect(content().string(containsString("要求事項(7 件)")));
        mvc.perform(get("/compliance/frameworks/" + id).param("q", "prove who").header("HX-Request", "true").with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PR.AA-03")))
                .andExpect(content().string(not(containsString("ID.RA-01"))));
        mvc.perform(get("/compliance/frameworks/" + id + "/export").with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ref_id: ID.RA-01")));
        mvc.perform(get("/compliance/frameworks/999999").with(READER)).andExpect(status().isNotFound());
    }

    @Test
    void aGuidelineItemShowsItsMappingsAndAWriterEditsThem() throws Exception {
        String t = token();
        imported("csf-like.yaml", t);
        String frameworkUrn = "urn:" + t + ":risk:framework:csf-like";
        long catalog = guideline.id().value();
        mvc.perform(get("/compliance/catalog/" + catalog + "/items/2.2.3-3").with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/compliance/frameworks/guideline-mappings?catalog=" + catalog + "&amp;item=2.2.3-3\"")));

        String page = mvc.perform(post("/compliance/frameworks/guideline-mappings").param("catalog", String.valueOf(catalog))
                        .param("item", "2.2.3-3").param("framework", frameworkUrn).param("requirement", "ID.RA-01")
                        .param("relationship", "intersect").param("rationale", "semantic").param("strength", "6")
                        .with(WRITER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page).isEqualTo("/compliance/frameworks/guideline-mappings?catalog=" + catalog + "&item=2.2.3-3");

        mvc.perform(get("/compliance/frameworks/guideline-mappings").param("catalog", String.valueOf(catalog))
                        .param("item", "2.2.3-3").header("HX-Request", "true").with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ID.RA-01")))
                .andExpect(content().string(containsString("一部重複")))
                .andExpect(content().string(not(containsString("id=\"add-mapping\""))));

        mvc.perform(post("/compliance/frameworks/guideline-mappings").param("catalog", String.valueOf(catalog))
                        .param("item", "2.2.3-3").param("framework", frameworkUrn).param("requirement", "ID.XX-01")
                        .param("relationship", "intersect").with(WRITER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">このフレームワークの最新バージョンに要求事項 ID.XX-01 はありません")))
                .andExpect(content().string(containsString("value=\"ID.XX-01\"")));
        // a strength that is no number is shown beside its field, with what was typed kept
        mvc.perform(post("/compliance/frameworks/guideline-mappings").param("catalog", String.valueOf(catalog))
                        .param("item", "2.2.3-3").param("framework", frameworkUrn).param("requirement", "ID.RA-01")
                        .param("relationship", "intersect").param("strength", "強い").with(WRITER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"strength\" name=\"strength\" value=\"強い\"")))
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">強さは 0〜10 の整数にしてください。</div>")));

        GuidelineMappingSummary mapping = frameworks.guidelineMappings(
                new io.taisei.compliance.CatalogItemId(guideline.id(), "2.2.3-3")).stream()
                .filter(m -> m.frameworkUrn().equals(frameworkUrn)).findFirst().orElseThrow();
        mvc.perform(post("/compliance/frameworks/guideline-mappings/" + mapping.id()).param("relationship", "equal")
                        .param("strength", "8").param("version", String.valueOf(mapping.version())).with(WRITER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(frameworks.guidelineMapping(mapping.id()).orElseThrow().relationship()).isEqualTo("equal");

        long frameworkId = frameworks.currentFramework(frameworkUrn).orElseThrow().id();
        mvc.perform(get("/compliance/frameworks/" + frameworkId).with(READER))
                .andExpect(content().string(containsString("2.2.3-3")))
                .andExpect(content().string(containsString("/compliance/frameworks/guideline-mappings/export")));

        mvc.perform(post("/compliance/frameworks/guideline-mappings/" + mapping.id() + "/delete").with(READER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/compliance/frameworks/guideline-mappings/" + mapping.id() + "/delete")
                        .param("version", "1").with(WRITER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(frameworks.guidelineMapping(mapping.id())).isEmpty();
    }

    @Test
    void anImportedMappingSetHasItsOwnPage() throws Exception {
        String t = token();
        imported("internal-standard.yaml", t);
        imported("csf-like.yaml", t);
        byte[] content = unique("mapping-bank-standard-to-csf-like.yaml", t).getBytes(StandardCharsets.UTF_8);
        frameworks.importLibrary("m.yaml", content.length, new java.io.ByteArrayInputStream(content));
        long setId = frameworks.mappingSets("urn:" + t + ":risk:framework:csf-like").get(0).id();
        mvc.perform(get("/compliance/frameworks/mapping-sets/" + setId).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("urn:" + t + ":risk:req_node:csf-like:id.ra-01")))
                .andExpect(content().string(containsString("部分集合")));
    }

    @Test
    void complianceWriteIsGrantedToAdministratorCisoAndRiskManagementOnly() {
        assertThat(Role.values()).filteredOn(r -> r.permissions().contains(Permissions.COMPLIANCE_WRITE))
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.CISO, Role.RISK_MANAGEMENT);
    }

    @Test
    void readersSeeNoImportAndCannotOpenIt() throws Exception {
        mvc.perform(get("/compliance/frameworks/import").with(READER)).andExpect(status().isForbidden());
        mvc.perform(multipart("/compliance/frameworks/import").file(file("internal-standard.yaml")).with(READER).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
