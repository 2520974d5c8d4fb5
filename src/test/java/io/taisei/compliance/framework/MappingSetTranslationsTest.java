package io.taisei.compliance.framework;

import io.taisei.audit.AuditFilter;
import io.taisei.audit.AuditManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.taisei.compliance.framework.FrameworkFixtures.READER;
import static io.taisei.compliance.framework.FrameworkFixtures.WRITER;
import static io.taisei.compliance.framework.FrameworkFixtures.file;
import static io.taisei.compliance.framework.FrameworkFixtures.token;
import static io.taisei.compliance.framework.FrameworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The translations a mapping set's library carries (on the library and on the set) are kept on import, shown in the
 * reader's language, written back on export and audited; a set imported before they were kept takes them once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MappingSetTranslationsTest {

    static final Cookie ENGLISH = new Cookie("TAISEI_LANG", "en");
    static final String FIXTURE = "mapping-translated.yaml";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditManagement audit;
    @Autowired
    FrameworkManagement frameworks;

    JsonNode importing(String content, int status) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/frameworks").file(file("m.yaml", content)).with(WRITER)
                        .with(csrf()))
                .andExpect(status().is(status)).andReturn();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Imports both frameworks and the translated mapping library; returns the set's id. */
    long imported(String t) throws Exception {
        importing(unique("internal-standard.yaml", t), 201);
        importing(unique("csf-like.yaml", t), 201);
        JsonNode result = importing(unique(FIXTURE, t), 201);
        assertThat(result.get("mappingSetsImported").asInt()).isEqualTo(1);
        assertThat(result.get("ignoredFields").toString()).doesNotContain("translations");
        return frameworks.mappingSets("urn:" + t + ":risk:framework:csf-like").get(0).id();
    }

    @Test
    void theTranslationsOfTheLibraryAndTheSetAreReturnedByTheApiBesideTheOriginals() throws Exception {
        String t = token();
        imported(t);
        mvc.perform(get("/api/v1/frameworks/mapping-sets").param("framework", "urn:" + t + ":risk:framework:csf-like")
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Bank standard → CSF-like"))
                .andExpect(jsonPath("$[0].translations.ja.name").value("銀行基準 → CSF 類似"))
                .andExpect(jsonPath("$[0].translations.ja.description").value("リスク管理部門が確認した対応付け。"))
                .andExpect(jsonPath("$[0].translations.fr.name").value("Norme bancaire → type CSF"))
                .andExpect(jsonPath("$[0].libraryName").value("Bank standard to CSF-like (translated)"))
                .andExpect(jsonPath("$[0].libraryTranslations.ja.name").value("銀行基準から CSF 類似フレームワークへの対応付け"));
    }

    @Test
    void theSetReadsInTheUsersLanguageAndInTheOriginalWhereTheLibraryHasNoTranslation() throws Exception {
        String t = token();
        long id = imported(t);
        mvc.perform(get("/compliance/frameworks/mapping-sets/" + id).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 class=\"h4 mb-0\" id=\"set-heading\">銀行基準 → CSF 類似</h2>")))
                .andExpect(content().string(containsString("リスク管理部門が確認した対応付け。")))
                .andExpect(content().string(containsString("銀行基準から CSF 類似フレームワークへの対応付け")));
        mvc.perform(get("/compliance/frameworks/mapping-sets/" + id).with(READER).cookie(ENGLISH))
                .andExpect(content().string(containsString("<h2 class=\"h4 mb-0\" id=\"set-heading\">Bank standard → CSF-like</h2>")))
                .andExpect(content().string(containsString("Mappings reviewed by the risk management department.")));
        mvc.perform(get("/compliance/frameworks").with(READER))
                .andExpect(content().string(containsString(">銀行基準 → CSF 類似</a>")));
    }

    @Test
    void anExportWritesTheTranslationsBackAndImportsBackUnchanged() throws Exception {
        String t = token();
        long id = imported(t);
        String original = unique(FIXTURE, t);
        String yaml = mvc.perform(get("/api/v1/frameworks/mapping-sets/" + id + "/export").with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        LibraryDocument before = LibraryParser.parse(new StringReader(original), Integer.MAX_VALUE);
        LibraryDocument after = LibraryParser.parse(new StringReader(yaml), Integer.MAX_VALUE);
        assertThat(after.library()).isEqualTo(before.library());
        assertThat(after.library().translations()).containsKeys("ja", "fr");
        assertThat(after.mappingSets()).usingRecursiveComparison().ignoringFields("line", "mappings.line")
                .isEqualTo(before.mappingSets());
        assertThat(after.mappingSets().get(0).translations().get("ja"))
                .isEqualTo(new Translation("銀行基準 → CSF 類似", "リスク管理部門が確認した対応付け。", null, null));
        assertThat(importing(yaml, 200).get("mappingSetsUnchanged").asInt()).isEqualTo(1);
    }

    @Test
    void aSetImportedBeforeTranslationsWereKeptTakesThemOnceAndChangedTranslationsAreRefused() throws Exception {
        String t = token();
        long id = imported(t);
        // as a set imported before this change was stored: no translations and no hash of them
        jdbc.update("delete from cmp_fw_mapping_set_translation where mapping_set_id = ?", id);
        jdbc.update("update cmp_fw_mapping_set set translations_hash = null where id = ?", id);
        assertThat(frameworks.mappingSet(id).orElseThrow().translations()).isEmpty();

        JsonNode again = importing(unique(FIXTURE, t), 200);
        assertThat(again.get("mappingSetsTranslationsAdded").asInt()).isEqualTo(1);
        assertThat(again.get("mappingSetsUnchanged").asInt()).isZero();
        assertThat(frameworks.mappingSet(id).orElseThrow().translations().get("ja").name()).isEqualTo("銀行基準 → CSF 類似");
        assertThat(importing(unique(FIXTURE, t), 200).get("mappingSetsUnchanged").asInt()).isEqualTo(1);

        // the same version with other translations is a changed file: refused, nothing stored
        String changed = unique(FIXTURE, t).replace("name: 銀行基準 → CSF 類似", "name: 銀行基準 → CSF(改)");
        importing(changed, 409);
        assertThat(frameworks.mappingSet(id).orElseThrow().translations().get("ja").name()).isEqualTo("銀行基準 → CSF 類似");
    }

    @Test
    void storedMappingSetTranslationsAreInTheAuditTrail() throws Exception {
        long id = imported(token());
        var entries = audit.entries(new AuditFilter("compliance.MappingSetEntity", String.valueOf(id), null, null,
                null, null), PageRequest.of(0, 10));
        assertThat(entries.getContent()).anyMatch(e -> e.afterJson() != null
                && e.afterJson().contains("銀行基準 → CSF 類似"));
    }

    @Test
    void aSetWithoutTranslationsReadsTheSameInEveryLanguage() {
        MappingSetSummary plain = new MappingSetSummary(1, "urn:x", "x", "Original", null, 1, "a", "b", 0, null, "t",
                Map.of(), null, Map.of());
        assertThat(plain.name(java.util.Locale.JAPANESE)).isEqualTo("Original");
        assertThat(plain.libraryName(java.util.Locale.JAPANESE)).isNull();
    }
}
