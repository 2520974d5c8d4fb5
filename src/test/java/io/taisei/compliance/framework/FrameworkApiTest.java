package io.taisei.compliance.framework;

import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.CatalogSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.taisei.compliance.framework.FrameworkFixtures.READER;
import static io.taisei.compliance.framework.FrameworkFixtures.WRITER;
import static io.taisei.compliance.framework.FrameworkFixtures.file;
import static io.taisei.compliance.framework.FrameworkFixtures.token;
import static io.taisei.compliance.framework.FrameworkFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@SpringBootTest
@AutoConfigureMockMvc
class FrameworkApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FrameworkManagement frameworks;

    @Autowired
    CatalogManagement catalogs;

    CatalogSummary guideline;

    @BeforeEach
    void shippedCatalog() {
        guideline = catalogs.catalog("fsa-cyber", "2024-10").orElseThrow();
    }

    JsonNode importing(MockMultipartFile file, int status) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/frameworks").file(file).with(WRITER).with(csrf()))
                .andExpect(status().is(status)).andReturn();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long countOf(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void anImportedFrameworkIsListedAndItsTreeIsPagedAndSearchable() throws Exception {
        String t = token();
        JsonNode result = importing(file("bank.yaml", unique("internal-standard.yaml", t)), 201);
        assertThat(result.get("frameworkOutcome").asString()).isEqualTo("IMPORTED");
        assertThat(result.get("nodes").asInt()).isEqualTo(5);
        assertThat(result.get("ignoredFields").toString()).contains("framework.min_score");
        long id = result.get("frameworkId").asLong();

        mvc.perform(get("/api/v1/frameworks").param("q", t).with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].urn").value("urn:" + t + ":risk:framework:bank-standard"))
                .andExpect(jsonPath("$.content[0].version").value(1))
                .andExpect(jsonPath("$.content[0].provider").value("Example Bank"))
                .andExpect(jsonPath("$.content[0].locale").value("en"))
                .andExpect(jsonPath("$.content[0].implementationGroups[*].refId", contains("core", "critical")));
        mvc.perform(get("/api/v1/frameworks/" + id).with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.framework.refId").value("BANK-STD"))
                .andExpect(jsonPath("$.versions.length()").value(1));
        mvc.perform(get("/api/v1/frameworks/" + id + "/nodes").param("size", "2").with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(5))
                .andExpect(jsonPath("$.content[*].refId", contains("1", "1.1")))
                .andExpect(jsonPath("$.content[1].parentUrn").value("urn:" + t + ":risk:req_node:bank-standard:1"))
                .andExpect(jsonPath("$.content[1].depth").value(2))
                .andExpect(jsonPath("$.content[1].assessable").value(true))
                .andExpect(jsonPath("$.content[1].implementationGroups", contains("core", "critical")));
        mvc.perform(get("/api/v1/frameworks/" + id + "/nodes").param("q", "weakness").with(READER))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].refId").value("1.2"));
        mvc.perform(get("/api/v1/frameworks/" + id + "/nodes").param("size", "500").with(READER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/frameworks/999999/nodes").with(READER)).andExpect(status().isNotFound());
    }

    @Test
    void aHigherVersionIsAddedBesideTheOldOneAndAChangedSameVersionIsRefused() throws Exception {
        String t = token();
        long first = importing(file("csf.yaml", unique("csf-like.yaml", t)), 201).get("frameworkId").asLong();
        JsonNode again = importing(file("csf.yaml", unique("csf-like.yaml", t)), 200);
        assertThat(again.get("frameworkOutcome").asString()).isEqualTo("UNCHANGED");
        assertThat(again.get("frameworkId").asLong()).isEqualTo(first);

        long nodesBefore = countOf("cmp_fw_node");
        mvc.perform(multipart("/api/v1/frameworks").file(file("csf.yaml", unique("csf-like-v1-changed.yaml", t)))
                        .with(WRITER).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("version 1 was imported before with different content")));
        assertThat(countOf("cmp_fw_node")).isEqualTo(nodesBefore);

        JsonNode second = importing(file("csf-v2.yaml", unique("csf-like-v2.yaml", t)), 201);
        assertThat(second.get("frameworkOutcome").asString()).isEqualTo("NEW_VERSION");
        long secondId = second.get("frameworkId").asLong();
        mvc.perform(get("/api/v1/frameworks/" + secondId).with(READER))
                .andExpect(jsonPath("$.framework.current").value(true))
                .andExpect(jsonPath("$.framework.nodeCount").value(8))
                .andExpect(jsonPath("$.versions[*].version", contains(2, 1)));
        mvc.perform(get("/api/v1/frameworks/" + first).with(READER))
                .andExpect(jsonPath("$.framework.current").value(false))
                .andExpect(jsonPath("$.framework.nodeCount").value(7));
        mvc.perform(get("/api/v1/frameworks").param("q", t).with(READER))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].version").value(2));

        mvc.perform(multipart("/api/v1/frameworks").file(file("csf.yaml", unique("csf-like.yaml", t).replace("version: 1", "version: 1\n")))
                        .with(WRITER).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/frameworks").file(file("csf-old.yaml", unique("csf-like-v1-changed.yaml", t)))
                        .with(WRITER).with(csrf()))
                .andExpect(status().isConflict());
    }

    @ParameterizedTest(name = "{0} is refused ({1}), names line {2}, stores nothing")
    @CsvSource({
            "bad/broken-syntax.yaml, framework.import.syntax, 行目",
            "bad/missing-field.yaml, framework.import.missingField, 14 行目",
            "bad/duplicate-urn.yaml, framework.import.duplicateUrn, 17 行目",
            "bad/duplicate-ref-id.yaml, framework.import.duplicateRefId, 18 行目",
            "bad/missing-parent.yaml, framework.import.parentMissing, 14 行目",
            "bad/cycle.yaml, framework.import.cycle, 14 行目",
            "bad/unknown-field.yaml, framework.import.unknownField, 16 行目",
            "bad/alias-bomb.yaml, framework.import.aliases, エイリアス",
            "bad/deep-nesting.yaml, framework.import.nesting, 入れ子",
            "bad/custom-tag.yaml, framework.import.tag, 10 行目",
            "bad/duplicate-key.yaml, framework.import.duplicateKey, 13 行目",
            "bad/shift-jis.yaml, framework.import.notUtf8, UTF-8",
            "bad/unknown-mapping-requirement.yaml, framework.import.mappingRequirementUnknown, 23 行目",
            "bad/unknown-translation-field.yaml, framework.import.unknownField, 17 行目",
            "bad/translation-not-mapping.yaml, framework.import.notMapping, 10 行目",
            "bad/translation-locale.yaml, framework.import.locale, 7 行目",
    })
    void aBadFileIsRefusedWithTheReasonAndLineInTheUsersLanguageAndNothingIsStored(String fixture, String key,
                                                                                     String where) throws Exception {
        long frameworksBefore = countOf("cmp_fw_framework");
        long nodesBefore = countOf("cmp_fw_node");
        long setsBefore = countOf("cmp_fw_mapping_set");
        mvc.perform(multipart("/api/v1/frameworks").file(file(fixture)).with(WRITER).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail", containsString(where)));
        assertThat(countOf("cmp_fw_framework")).isEqualTo(frameworksBefore);
        assertThat(countOf("cmp_fw_node")).isEqualTo(nodesBefore);
        assertThat(countOf("cmp_fw_mapping_set")).isEqualTo(setsBefore);
    }

    @Test
    void theReasonIsInEnglishForAnEnglishSpeakingCaller() throws Exception {
        mvc.perform(multipart("/api/v1/frameworks").file(file("bad/unknown-field.yaml")).with(WRITER).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Line 16: unknown field parent_urm in requirement_nodes."));
    }

    @Test
    void aMappingSetIsImportedBetweenImportedFrameworksAndReadBack() throws Exception {
        String t = token();
        importing(file("bank.yaml", unique("internal-standard.yaml", t)), 201);
        long mappingSetsBefore = countOf("cmp_fw_mapping_set");
        // the target framework is not there yet: refused, nothing stored
        mvc.perform(multipart("/api/v1/frameworks").file(file("m.yaml", unique("mapping-bank-standard-to-csf-like.yaml", t)))
                        .with(WRITER).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("urn:" + t + ":risk:framework:csf-like")));
        assertThat(countOf("cmp_fw_mapping_set")).isEqualTo(mappingSetsBefore);

        importing(file("csf.yaml", unique("csf-like.yaml", t)), 201);
        JsonNode result = importing(file("m.yaml", unique("mapping-bank-standard-to-csf-like.yaml", t)), 201);
        assertThat(result.get("mappingSetsImported").asInt()).isEqualTo(1);
        assertThat(result.get("frameworkOutcome").isNull()).isTrue();
        assertThat(importing(file("m.yaml", unique("mapping-bank-standard-to-csf-like.yaml", t)), 200)
                .get("mappingSetsUnchanged").asInt()).isEqualTo(1);

        MvcResult sets = mvc.perform(get("/api/v1/frameworks/mapping-sets")
                        .param("framework", "urn:" + t + ":risk:framework:csf-like").with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].mappingCount").value(2))
                .andReturn();
        long setId = json.readTree(sets.getResponse().getContentAsString()).get(0).get("id").asLong();
        mvc.perform(get("/api/v1/frameworks/mapping-sets/" + setId + "/mappings").with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].relationship").value("intersect"))
                .andExpect(jsonPath("$.content[0].strengthOfRelationship").value(7))
                .andExpect(jsonPath("$.content[1].targetRequirementUrn").value("urn:" + t + ":risk:req_node:csf-like:pr.aa-03"));
    }

    @Test
    void anImportedMappingSetExportsAsTheLibraryItCameInAndImportsBackUnchanged() throws Exception {
        String t = token();
        importing(file("bank.yaml", unique("internal-standard.yaml", t)), 201);
        importing(file("csf.yaml", unique("csf-like.yaml", t)), 201);
        String original = unique("mapping-bank-standard-to-csf-like.yaml", t);
        importing(file("m.yaml", original), 201);
        long setId = frameworks.mappingSets("urn:" + t + ":risk:framework:csf-like").get(0).id();

        String yaml = mvc.perform(get("/api/v1/frameworks/mapping-sets/" + setId + "/export").with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andExpect(header().string("Content-Disposition", containsString("mapping-bank-standard-to-csf-like-v1.yaml")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        LibraryDocument before = LibraryParser.parse(new java.io.StringReader(original), Integer.MAX_VALUE);
        LibraryDocument after = LibraryParser.parse(new java.io.StringReader(yaml), Integer.MAX_VALUE);
        assertThat(after.library()).isEqualTo(before.library());
        assertThat(after.mappingSets()).usingRecursiveComparison().ignoringFields("line", "mappings.line")
                .isEqualTo(before.mappingSets());
        // the libraries of both frameworks, as CISO Assistant needs them loaded first
        assertThat(yaml).contains("- urn:" + t + ":risk:library:bank-standard").contains("- urn:" + t + ":risk:library:csf-like");
        assertThat(importing(file("again.yaml", yaml), 200).get("mappingSetsUnchanged").asInt()).isEqualTo(1);

        mvc.perform(get("/compliance/frameworks/mapping-sets/" + setId).with(READER))
                .andExpect(content().string(containsString("/compliance/frameworks/mapping-sets/" + setId + "/export")));
        mvc.perform(get("/compliance/frameworks/mapping-sets/" + setId + "/export").with(READER))
                .andExpect(status().isOk()).andExpect(content().string(yaml));
        mvc.perform(get("/api/v1/frameworks/mapping-sets/999999/export").with(READER)).andExpect(status().isNotFound());
        mvc.perform(get("/compliance/frameworks/mapping-sets/999999/export").with(READER)).andExpect(status().isNotFound());
    }

    @Test
    void guidelineItemsAreMappedToFrameworkRequirementsWithOptimisticLocking() throws Exception {
        String t = token();
        importing(file("csf.yaml", unique("csf-like.yaml", t)), 201);
        String frameworkUrn = "urn:" + t + ":risk:framework:csf-like";
        String body = """
                {"itemKey": "2.2.3-3", "frameworkUrn": "%s", "requirement": "ID.RA-01", "relationship": "intersect",
                 "rationale": "semantic", "strengthOfRelationship": 6, "note": "finding weaknesses"}
                """.formatted(frameworkUrn);
        MvcResult created = mvc.perform(post("/api/v1/frameworks/guideline-mappings").param("catalog", id())
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(WRITER).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.requirementUrn").value("urn:" + t + ":risk:req_node:csf-like:id.ra-01"))
                .andExpect(jsonPath("$.requirementRefId").value("ID.RA-01"))
                .andExpect(jsonPath("$.frameworkName").value("CSF-like"))
                .andReturn();
        long mappingId = json.readTree(created.getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(post("/api/v1/frameworks/guideline-mappings").param("catalog", id())
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(WRITER).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/frameworks/guideline-mappings").param("catalog", id())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("ID.RA-01", "ID.ZZ-99"))
                        .with(WRITER).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("requirement"));
        mvc.perform(post("/api/v1/frameworks/guideline-mappings").param("catalog", id())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("2.2.3-3", "2.9.9-9"))
                        .with(WRITER).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("itemKey"));
        mvc.perform(post("/api/v1/frameworks/guideline-mappings").param("catalog", id())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"intersect\"", "\"similar\""))
                        .with(WRITER).with(csrf()))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/v1/frameworks/guideline-mappings").param("catalog", id()).param("item", "2.2.3-3").with(READER))
                .andExpect(jsonPath("$[?(@.frameworkUrn == '" + frameworkUrn + "')].strengthOfRelationship").value(contains(6)));

        String update = body.replace("\"intersect\"", "\"equal\"").replace("ID.RA-01", "urn:" + t + ":risk:req_node:csf-like:id.ra-01");
        mvc.perform(put("/api/v1/frameworks/guideline-mappings/" + mappingId).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(update).with(WRITER).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.relationship").value("equal"));
        mvc.perform(put("/api/v1/frameworks/guideline-mappings/" + mappingId).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(update).with(WRITER).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/frameworks/guideline-mappings/" + mappingId).header("If-Match", "\"0\"")
                        .with(WRITER).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/frameworks/guideline-mappings/" + mappingId).header("If-Match", "\"1\"")
                        .with(WRITER).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/frameworks/guideline-mappings/" + mappingId).with(READER))
                .andExpect(status().isNotFound());
    }

    @Test
    void theGuidelineExportedAsAFrameworkImportsBackToTheSameTree() throws Exception {
        MvcResult exported = mvc.perform(get("/api/v1/frameworks/guideline/" + id() + "/export").with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andExpect(header().string("Content-Disposition", containsString("fsa-cyber-2024-10.yaml")))
                .andReturn();
        String yaml = exported.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("urn: urn:taisei:risk:framework:fsa-cyber-2024-10")
                .contains("urn: urn:taisei:risk:req_node:fsa-cyber-2024-10:2.2.3-3")
                .contains("ref_id: 2.2.3-3");
        LibraryDocument document = LibraryParser.parse(new java.io.StringReader(yaml), Integer.MAX_VALUE);
        long items = document.framework().nodes().stream().filter(LibraryDocument.Node::assessable).count();
        assertThat(items).isEqualTo(guideline.totalItems());

        JsonNode result = importing(file("fsa.yaml", yaml), 201);
        long id = result.get("frameworkId").asLong();
        List<RequirementNodeSummary> stored = frameworks.allNodes(id);
        assertThat(stored).extracting(RequirementNodeSummary::urn)
                .containsExactlyElementsOf(document.framework().nodes().stream().map(LibraryDocument.Node::urn).toList());
        assertThat(stored).extracting(RequirementNodeSummary::parentUrn)
                .containsExactlyElementsOf(document.framework().nodes().stream().map(LibraryDocument.Node::parentUrn).toList());
        assertThat(stored).extracting(RequirementNodeSummary::depth)
                .containsExactlyElementsOf(document.framework().nodes().stream().map(LibraryDocument.Node::depth).toList());
        RequirementNodeSummary item = stored.stream().filter(n -> "2.2.3-3".equals(n.refId())).findFirst().orElseThrow();
        assertThat(item.assessable()).isTrue();
        assertThat(item.parentUrn()).isEqualTo("urn:taisei:risk:req_node:fsa-cyber-2024-10:2.2.3");
        var catalogItem = catalogs.item(new io.taisei.compliance.CatalogItemId(guideline.id(), "2.2.3-3")).orElseThrow();
        assertThat(item.description()).isEqualTo(catalogItem.summaryJa());
        // the English summaries and titles travel as translations, kept on import and shown to an English reader
        assertThat(item.translations().get("en").description()).isEqualTo(catalogItem.summaryEn());
        assertThat(item.description(java.util.Locale.ENGLISH)).isEqualTo(catalogItem.summaryEn());
        assertThat(frameworks.framework(id).orElseThrow().name(java.util.Locale.ENGLISH)).isEqualTo(guideline.titleEn());
        mvc.perform(get("/compliance/frameworks/" + id).param("q", "2.2.3-3")
                        .cookie(new jakarta.servlet.http.Cookie("TAISEI_LANG", "en")).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(org.springframework.web.util.HtmlUtils.htmlEscape(
                        catalogItem.summaryEn()))));
    }

    @Test
    void anImportedFrameworkExportedAndImportedAgainIsTheSameVersionUnchanged() throws Exception {
        String t = token();
        long id = importing(file("bank.yaml", unique("internal-standard.yaml", t)), 201).get("frameworkId").asLong();
        String yaml = mvc.perform(get("/api/v1/frameworks/" + id + "/export").with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("implementation_groups_definition").contains("typical_evidence: The ledger export");
        JsonNode again = importing(file("again.yaml", yaml), 200);
        assertThat(again.get("frameworkOutcome").asString()).isEqualTo("UNCHANGED");
        assertThat(again.get("frameworkId").asLong()).isEqualTo(id);
    }

    @Test
    void guidelineMappingsExportAsAMappingSetThatImportsBack() throws Exception {
        String t = token();
        importing(file("csf.yaml", unique("csf-like.yaml", t)), 201);
        String frameworkUrn = "urn:" + t + ":risk:framework:csf-like";
        var catalog = guideline.id();
        frameworks.createGuidelineMapping(catalog, new GuidelineMappingDraft("2.2.3-3", frameworkUrn, "ID.RA-01",
                "intersect", "semantic", 6, null));
        frameworks.createGuidelineMapping(catalog, new GuidelineMappingDraft("2.3.1-5", frameworkUrn, "PR.AA-03",
                "subset", null, null, "MFA"));
        String yaml = mvc.perform(get("/api/v1/frameworks/guideline-mappings/export").param("catalog", id())
                        .param("framework", frameworkUrn).with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("source_framework_urn: urn:taisei:risk:framework:fsa-cyber-2024-10")
                .contains("target_framework_urn: " + frameworkUrn)
                .contains("source_requirement_urn: urn:taisei:risk:req_node:fsa-cyber-2024-10:2.2.3-3")
                .contains("dependencies:");

        // removed here, then restored from the exported file: the file carries everything the mapping holds
        frameworks.guidelineMappings(catalog, frameworkUrn).forEach(m -> frameworks.deleteGuidelineMapping(m.id(), null));
        JsonNode result = importing(file("mapping.yaml", yaml), 201);
        assertThat(result.get("guidelineMappings").asInt()).isEqualTo(2);
        List<GuidelineMappingSummary> restored = frameworks.guidelineMappings(catalog, frameworkUrn);
        assertThat(restored).extracting(GuidelineMappingSummary::itemKey).containsExactly("2.2.3-3", "2.3.1-5");
        assertThat(restored).extracting(GuidelineMappingSummary::relationship).containsExactly("intersect", "subset");
        assertThat(restored).extracting(GuidelineMappingSummary::strengthOfRelationship).containsExactly(6, null);
        assertThat(restored).extracting(GuidelineMappingSummary::note).containsExactly(null, "MFA");
    }

    @Test
    void theCatalogsCsfMappingExportsAgainstCisoAssistantsNistCsfAndImportsAsGuidelineMappings() throws Exception {
        String yaml = mvc.perform(get("/api/v1/frameworks/guideline/" + id() + "/csf-mapping/export").with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("target_framework_urn: urn:intuitem:risk:framework:nist-csf-2.0")
                .contains("- urn:intuitem:risk:library:nist-csf-2.0")
                .contains("target_requirement_urn: urn:intuitem:risk:req_node:nist-csf-2.0:id.ra");
        long expected = catalogs.allItems(guideline.id()).stream().mapToLong(i -> i.csf().size()).sum();

        // a stand-in for CISO Assistant's NIST CSF 2.0 library: the same urns, functions and categories only
        StringBuilder csf = new StringBuilder("""
                urn: urn:intuitem:risk:library:nist-csf-2.0
                locale: en
                ref_id: NIST-CSF-2.0
                name: Stand-in for NIST CSF 2.0 (categories only)
                version: 1
                objects:
                  framework:
                    urn: urn:intuitem:risk:framework:nist-csf-2.0
                    ref_id: NIST-CSF-2.0
                    requirement_nodes:
                """);
        String node = "urn:intuitem:risk:req_node:nist-csf-2.0:";
        for (String function : List.of("GV", "ID", "PR", "DE", "RS", "RC")) {
            String f = function.toLowerCase(java.util.Locale.ROOT);
            csf.append("      - {urn: \"").append(node).append(f).append("\", ref_id: ").append(function)
                    .append(", depth: 1}\n");
            io.taisei.compliance.internal.CatalogDocumentParser.CSF_CATEGORIES.stream()
                    .filter(c -> c.startsWith(function)).sorted()
                    .forEach(c -> csf.append("      - {urn: \"").append(node).append(c.toLowerCase(java.util.Locale.ROOT))
                            .append("\", parent_urn: \"").append(node).append(f).append("\", ref_id: ").append(c)
                            .append(", depth: 2}\n"));
        }
        importing(file("nist-csf.yaml", csf.toString()), 201);
        JsonNode result = importing(file("csf-mapping.yaml", yaml), 201);
        assertThat(result.get("guidelineMappings").asLong()).isEqualTo(expected);
        assertThat(frameworks.guidelineMappings(new io.taisei.compliance.CatalogItemId(guideline.id(), "2.2.3-3")))
                .extracting(GuidelineMappingSummary::requirementRefId).contains("ID.RA");
    }

    @Test
    void importingAndEditingNeedComplianceWriteAndReadingNeedsComplianceRead() throws Exception {
        mvc.perform(multipart("/api/v1/frameworks").file(file("internal-standard.yaml")).with(READER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/frameworks/guideline-mappings").param("catalog", id())
                        .contentType(MediaType.APPLICATION_JSON).content("{}").with(READER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/frameworks").with(user("ops").authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("metrics.read"))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/frameworks").with(WRITER).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(frameworks.frameworks(null, Pageable.unpaged()).getContent())
                .noneMatch(f -> f.urn().equals("urn:example:risk:framework:bank-standard"));
    }

    private String id() {
        return String.valueOf(guideline.id().value());
    }
}
