package io.taisei.compliance.framework;

import io.taisei.audit.AuditFilter;
import io.taisei.audit.AuditManagement;
import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.CatalogSummary;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static io.taisei.compliance.framework.FrameworkFixtures.READER;
import static io.taisei.compliance.framework.FrameworkFixtures.WRITER;
import static io.taisei.compliance.framework.FrameworkFixtures.file;
import static io.taisei.compliance.framework.FrameworkFixtures.token;
import static io.taisei.compliance.framework.FrameworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/**
 * Translations that CISO Assistant libraries carry: stored with the framework or the mapping set, shown in the
 * reader's language (the original where the library has no translation), found by search, written back on export,
 * audited; a framework or mapping set imported before they were kept takes them once from the same file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkTranslationsTest {

    static final Cookie ENGLISH = new Cookie("TAISEI_LANG", "en");
    static final String MAPPING_FIXTURE = "mapping-translated.yaml";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditManagement audit;
    @Autowired
    CatalogManagement catalogs;
    @Autowired
    FrameworkManagement frameworks;

    JsonNode importing(String name, String content, int status) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/frameworks").file(file(name, content)).with(WRITER).with(csrf()))
                .andExpect(status().is(status)).andReturn();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long imported(String t) throws Exception {
        JsonNode result = importing("pay.yaml", unique("translated-standard.yaml", t), 201);
        assertThat(result.get("ignoredFields").toString()).contains("requirement_nodes.translations.questions")
                .doesNotContain("\"translations\"");
        return result.get("frameworkId").asLong();
    }

    String exported(long id) throws Exception {
        return mvc.perform(get("/api/v1/frameworks/" + id + "/export").with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void translationsAreStoredAndReturnedByTheApiBesideTheOriginalTexts() throws Exception {
        String t = token();
        long id = imported(t);
        mvc.perform(get("/api/v1/frameworks/" + id).with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.framework.name").value("Example Payment Security Standard"))
                .andExpect(jsonPath("$.framework.translations.ja.name").value("架空決済セキュリティ基準"))
                .andExpect(jsonPath("$.framework.translations.ja.description").value("決済システムが必ず行うこと。"))
                .andExpect(jsonPath("$.framework.translations.fr.name").value("Norme de sécurité des paiements"))
                .andExpect(jsonPath("$.framework.translations.fr.description").doesNotExist())
                .andExpect(jsonPath("$.framework.libraryDescription").value("Security rules for an imaginary payment service, for tests."))
                .andExpect(jsonPath("$.framework.libraryTranslations.ja.description").value("架空の決済サービスのセキュリティ規則(テスト用)。"))
                .andExpect(jsonPath("$.framework.implementationGroups[0].translations.ja.name").value("基本"));
        mvc.perform(get("/api/v1/frameworks/" + id + "/nodes").with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[1].name").value("Key rotation"))
                .andExpect(jsonPath("$.content[1].translations.ja.name").value("鍵の更新"))
                .andExpect(jsonPath("$.content[1].translations.ja.annotation").value("鍵管理手順を参照。"))
                .andExpect(jsonPath("$.content[1].translations.ja.typicalEvidence").value("更新日付きの鍵台帳"))
                .andExpect(jsonPath("$.content[0].translations.fr.name").value("Clés et secrets"))
                .andExpect(jsonPath("$.content[2].translations").isEmpty());
    }

    @Test
    void anExportedFrameworkCarriesItsTranslationsBackAndImportsAgainAsTheSameVersion() throws Exception {
        String t = token();
        String original = unique("translated-standard.yaml", t);
        long id = imported(t);
        String yaml = exported(id);
        assertThat(yaml).contains("translations:").contains("name: 鍵の更新").contains("typical_evidence: 更新日付きの鍵台帳")
                .contains("name: Clés et secrets");

        LibraryDocument before = LibraryParser.parse(new StringReader(original), Integer.MAX_VALUE);
        LibraryDocument after = LibraryParser.parse(new StringReader(yaml), Integer.MAX_VALUE);
        assertThat(after.library()).isEqualTo(before.library());
        assertThat(after.framework()).usingRecursiveComparison().ignoringFields("nodes.line").isEqualTo(before.framework());

        JsonNode again = importing("again.yaml", yaml, 200);
        assertThat(again.get("frameworkOutcome").asString()).isEqualTo("UNCHANGED");
        assertThat(again.get("frameworkId").asLong()).isEqualTo(id);
        // the same version with a translation changed is a changed file
        mvc.perform(multipart("/api/v1/frameworks").file(file("changed.yaml", yaml.replace("鍵の更新", "鍵の交換")))
                        .with(WRITER).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void theFrameworkPagesShowTheReadersLanguageAndTheOriginalWhereTheLibraryHasNoTranslation() throws Exception {
        String t = token();
        long id = imported(t);
        mvc.perform(get("/compliance/frameworks/" + id).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PAY-STD — 架空決済セキュリティ基準")))
                .andExpect(content().string(containsString("決済システムが必ず行うこと。")))
                .andExpect(content().string(containsString("(翻訳: fr, ja)")))
                .andExpect(content().string(containsString("base 基本")))
                .andExpect(content().string(containsString("1 鍵と秘密情報")))
                .andExpect(content().string(containsString("1.1 鍵の更新")))
                .andExpect(content().string(containsString("署名鍵を少なくとも年に一度更新する。")))
                .andExpect(content().string(containsString("鍵管理手順を参照。")))
                .andExpect(content().string(containsString("典型的な証跡: 更新日付きの鍵台帳")))
                // no Japanese for 1.2: the original English
                .andExpect(content().string(containsString("1.2 Secrets out of source code")));
        mvc.perform(get("/compliance/frameworks/" + id).cookie(ENGLISH).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PAY-STD — Example Payment Security Standard")))
                .andExpect(content().string(containsString("1.1 Key rotation")))
                .andExpect(content().string(containsString("Typical evidence: The key inventory with rotation dates")))
                .andExpect(content().string(not(containsString("鍵の更新"))));
        mvc.perform(get("/compliance/frameworks").param("q", t).with(READER))
                .andExpect(content().string(containsString("<td>架空決済セキュリティ基準</td>")));
    }

    @Test
    void nodesAndFrameworksAreFoundByTheirTranslatedTexts() throws Exception {
        String t = token();
        long id = imported(t);
        mvc.perform(get("/api/v1/frameworks/" + id + "/nodes").param("q", "鍵の更新").with(READER))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].refId").value("1.1"));
        mvc.perform(get("/api/v1/frameworks/" + id + "/nodes").param("q", "年に一度").with(READER))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/frameworks").param("q", "架空決済").param("size", "100").with(READER))
                .andExpect(jsonPath("$.content[*].urn", hasItem("urn:" + t + ":risk:framework:payment-standard")));
    }

    @Test
    void aGuidelineMappingShowsTheRequirementInTheReadersLanguage() throws Exception {
        String t = token();
        imported(t);
        CatalogSummary guideline = catalogs.catalog("fsa-cyber", "2024-10").orElseThrow();
        String body = """
                {"itemKey": "2.3.1-1", "frameworkUrn": "urn:%s:risk:framework:payment-standard", "requirement": "1.1",
                 "relationship": "intersect"}
                """.formatted(t);
        mvc.perform(post("/api/v1/frameworks/guideline-mappings").param("catalog", String.valueOf(guideline.id().value()))
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(WRITER).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requirementName").value("Key rotation"))
                .andExpect(jsonPath("$.requirementTranslations.ja.name").value("鍵の更新"))
                .andExpect(jsonPath("$.frameworkTranslations.ja.name").value("架空決済セキュリティ基準"));
        var page = get("/compliance/frameworks/guideline-mappings")
                .param("catalog", String.valueOf(guideline.id().value())).param("item", "2.3.1-1");
        mvc.perform(page.with(READER))
                .andExpect(content().string(containsString("鍵の更新")))
                .andExpect(content().string(containsString("架空決済セキュリティ基準")));
        mvc.perform(page.cookie(ENGLISH).with(READER))
                .andExpect(content().string(containsString("Key rotation")))
                .andExpect(content().string(not(containsString("鍵の更新"))));
    }

    @Test
    void aVersionImportedBeforeTranslationsWereKeptTakesThemOnceFromTheSameFile() throws Exception {
        String t = token();
        String file = unique("translated-standard.yaml", t);
        long id = imported(t);
        // what a version imported before this release looks like: no translations, no library description, no hash
        jdbc.update("delete from cmp_fw_node_translation where node_id in (select id from cmp_fw_node where framework_id = ?)", id);
        jdbc.update("delete from cmp_fw_framework_translation where framework_id = ?", id);
        jdbc.update("update cmp_fw_framework set translations_hash = null, library_description = null where id = ?", id);

        JsonNode added = importing("pay.yaml", file, 200);
        assertThat(added.get("frameworkOutcome").asString()).isEqualTo("TRANSLATIONS_ADDED");
        assertThat(added.get("frameworkId").asLong()).isEqualTo(id);
        mvc.perform(get("/api/v1/frameworks/" + id + "/nodes").with(READER))
                .andExpect(jsonPath("$.content[1].translations.ja.name").value("鍵の更新"));
        mvc.perform(get("/api/v1/frameworks/" + id).with(READER))
                .andExpect(jsonPath("$.framework.translations.ja.name").value("架空決済セキュリティ基準"))
                .andExpect(jsonPath("$.framework.libraryDescription").value("Security rules for an imaginary payment service, for tests."));
        assertThat(importing("pay.yaml", file, 200).get("frameworkOutcome").asString()).isEqualTo("UNCHANGED");
        assertThat(jdbc.queryForObject("select count(*) from cmp_fw_framework where urn = ?", Long.class,
                "urn:" + t + ":risk:framework:payment-standard")).isEqualTo(1);
    }

    @Test
    void storedTranslationsAreInTheAuditTrail() throws Exception {
        String t = token();
        long id = imported(t);
        var framework = audit.entries(new AuditFilter("compliance.FrameworkEntity", String.valueOf(id), null, null,
                null, null), PageRequest.of(0, 10));
        assertThat(framework.getContent()).anyMatch(e -> e.afterJson() != null
                && e.afterJson().contains("架空決済セキュリティ基準"));
        long nodeId = jdbc.queryForObject("select id from cmp_fw_node where framework_id = ? and ref_id = '1.1'",
                Long.class, id);
        var node = audit.entries(new AuditFilter("compliance.NodeEntity", String.valueOf(nodeId), null, null,
                null, null), PageRequest.of(0, 10));
        assertThat(node.getContent()).anyMatch(e -> e.afterJson() != null && e.afterJson().contains("鍵の更新"));
    }

    // ---- mapping sets: the library's and the set's own translations

    /** Imports both frameworks and the translated mapping library; returns the set's id. */
    long importedMappingSet(String t) throws Exception {
        importing("m.yaml", unique("internal-standard.yaml", t), 201);
        importing("m.yaml", unique("csf-like.yaml", t), 201);
        JsonNode result = importing("m.yaml", unique(MAPPING_FIXTURE, t), 201);
        assertThat(result.get("mappingSetsImported").asInt()).isEqualTo(1);
        assertThat(result.get("ignoredFields").toString()).doesNotContain("translations");
        return frameworks.mappingSets("urn:" + t + ":risk:framework:csf-like").get(0).id();
    }

    @Test
    void theTranslationsOfTheLibraryAndTheSetAreReturnedByTheApiBesideTheOriginals() throws Exception {
        String t = token();
        importedMappingSet(t);
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
        long id = importedMappingSet(t);
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
        long id = importedMappingSet(t);
        String original = unique(MAPPING_FIXTURE, t);
        String yaml = mvc.perform(get("/api/v1/frameworks/mapping-sets/" + id + "/export").with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        LibraryDocument before = LibraryParser.parse(new java.io.StringReader(original), Integer.MAX_VALUE);
        LibraryDocument after = LibraryParser.parse(new java.io.StringReader(yaml), Integer.MAX_VALUE);
        assertThat(after.library()).isEqualTo(before.library());
        assertThat(after.library().translations()).containsKeys("ja", "fr");
        assertThat(after.mappingSets()).usingRecursiveComparison().ignoringFields("line", "mappings.line")
                .isEqualTo(before.mappingSets());
        assertThat(after.mappingSets().get(0).translations().get("ja"))
                .isEqualTo(new Translation("銀行基準 → CSF 類似", "リスク管理部門が確認した対応付け。", null, null));
        assertThat(importing("m.yaml", yaml, 200).get("mappingSetsUnchanged").asInt()).isEqualTo(1);
    }

    @Test
    void aSetImportedBeforeTranslationsWereKeptTakesThemOnceAndChangedTranslationsAreRefused() throws Exception {
        String t = token();
        long id = importedMappingSet(t);
        // as a set imported before this change was stored: no translations and no hash of them
        jdbc.update("delete from cmp_fw_mapping_set_translation where mapping_set_id = ?", id);
        jdbc.update("update cmp_fw_mapping_set set translations_hash = null where id = ?", id);
        assertThat(frameworks.mappingSet(id).orElseThrow().translations()).isEmpty();

        JsonNode again = importing("m.yaml", unique(MAPPING_FIXTURE, t), 200);
        assertThat(again.get("mappingSetsTranslationsAdded").asInt()).isEqualTo(1);
        assertThat(again.get("mappingSetsUnchanged").asInt()).isZero();
        assertThat(frameworks.mappingSet(id).orElseThrow().translations().get("ja").name()).isEqualTo("銀行基準 → CSF 類似");
        assertThat(importing("m.yaml", unique(MAPPING_FIXTURE, t), 200).get("mappingSetsUnchanged").asInt()).isEqualTo(1);

        // the same version with other translations is a changed file: refused, nothing stored
        String changed = unique(MAPPING_FIXTURE, t).replace("name: 銀行基準 → CSF 類似", "name: 銀行基準 → CSF(改)");
        importing("m.yaml", changed, 409);
        assertThat(frameworks.mappingSet(id).orElseThrow().translations().get("ja").name()).isEqualTo("銀行基準 → CSF 類似");
    }

    @Test
    void storedMappingSetTranslationsAreInTheAuditTrail() throws Exception {
        long id = importedMappingSet(token());
        var entries = audit.entries(new AuditFilter("compliance.MappingSetEntity", String.valueOf(id), null, null,
                null, null), PageRequest.of(0, 10));
        assertThat(entries.getContent()).anyMatch(e -> e.afterJson() != null
                && e.afterJson().contains("銀行基準 → CSF 類似"));
    }

    @Test
    void aSetWithoutTranslationsReadsTheSameInEveryLanguage() {
        MappingSetSummary plain = new MappingSetSummary(1, "urn:x", "x", "Original", null, 1, "a", "b", 0, null, "t",
                java.util.Map.of(), null, java.util.Map.of());
        assertThat(plain.name(java.util.Locale.JAPANESE)).isEqualTo("Original");
        assertThat(plain.libraryName(java.util.Locale.JAPANESE)).isNull();
    }
}
