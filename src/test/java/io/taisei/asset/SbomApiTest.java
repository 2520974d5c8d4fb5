package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.taisei.asset.AssetFixtures.OUTSIDER;
import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static io.taisei.asset.SbomFixtures.DROPWIZARD;
import static io.taisei.asset.SbomFixtures.JUICE_SHOP_XML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The SBOM API: upload, versions, components, diff and export; bad files and callers without permission refused. */
@SpringBootTest(properties = SbomFixtures.LIMIT)
@AutoConfigureMockMvc
class SbomApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    private long newSystem() {
        return assets.createSystem(AssetFixtures.inHouse(unique("API"), org(organization))).id().value();
    }

    private ResultActions post(long system, String name, byte[] bytes, org.springframework.test.web.servlet.request.RequestPostProcessor caller)
            throws Exception {
        return mvc.perform(multipart("/api/v1/systems/{id}/sboms", system)
                .file(new MockMultipartFile("file", name, "application/json", bytes)).with(caller));
    }

    private JsonNode body(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    @Test
    void anUploadAnswers201WithTheStoredVersionAndItsComponentCount() throws Exception {
        long system = newSystem();
        MvcResult created = post(system, DROPWIZARD, SbomFixtures.bytes(DROPWIZARD), WRITER)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.componentCount").value(167))
                .andExpect(jsonPath("$.dependencyCount").value(170))
                .andExpect(jsonPath("$.format").value("CYCLONEDX_JSON"))
                .andExpect(jsonPath("$.specVersion").value("1.2"))
                .andExpect(jsonPath("$.fileName").value(DROPWIZARD))
                .andExpect(jsonPath("$.uploadedBy").value("user:first-line"))
                .andReturn();
        long id = body(created).get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/sboms/" + id);

        mvc.perform(get("/api/v1/sboms/{id}", id).with(READER)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + body(created).get("sha256").asString() + "\""))
                .andExpect(jsonPath("$.systemId.value").value(system));
        mvc.perform(get("/api/v1/sboms/{id}/components", id).with(READER).param("q", "jackson")
                        .param("sort", "name,asc").param("size", "5"))
                .andExpect(status().isOk())
                // 15 components have "jackson" in the name, group or package URL (counted in the file)
                .andExpect(jsonPath("$.totalElements").value(15))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.content.length()").value(5))
                .andExpect(jsonPath("$.content[0].name").value("dropwizard-jackson"));
        mvc.perform(get("/api/v1/sboms/{id}/components", id).with(READER).param("sort", "nonsense"))
                .andExpect(status().isBadRequest());

        MvcResult second = post(system, JUICE_SHOP_XML, SbomFixtures.bytes(JUICE_SHOP_XML), WRITER)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.componentCount").value(1115)).andReturn();
        long secondId = body(second).get("id").asLong();
        mvc.perform(get("/api/v1/systems/{id}/sboms", system).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].id").value(secondId))
                .andExpect(jsonPath("$.content[1].id").value(id));
        mvc.perform(get("/api/v1/sboms/{a}/diff/{b}", id, secondId).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.from.id").value(id))
                .andExpect(jsonPath("$.removed.length()").value(167))
                .andExpect(jsonPath("$.unchanged").value(0));
    }

    @Test
    void theExportIsTheCurrentVersionAsCycloneDx16Json() throws Exception {
        long system = newSystem();
        mvc.perform(get("/api/v1/systems/{id}/sbom.cdx.json", system).with(READER)).andExpect(status().isNotFound());
        post(system, DROPWIZARD, SbomFixtures.bytes(DROPWIZARD), WRITER).andExpect(status().isCreated());
        byte[] exported = mvc.perform(get("/api/v1/systems/{id}/sbom.cdx.json", system).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/vnd.cyclonedx+json")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        Bom bom = new JsonParser().parse(exported);
        assertThat(bom.getSpecVersion()).isEqualTo("1.6");
        assertThat(bom.getComponents()).hasSize(167);
    }

    @Test
    void aBadFileIsRefusedWith400ProblemJsonNamingTheFileAndNothingIsStored() throws Exception {
        long system = newSystem();
        String[] fixtures = {"not-an-sbom.json", "not-an-sbom.csv", "malformed.cdx.json", "malformed.cdx.xml",
                "unsupported-version.cdx.json", "unsupported-version.cdx.xml", "unsupported-version.spdx.json",
                "wrong-structure.cdx.json", "xxe.cdx.xml", "billion-laughs.cdx.xml"};
        for (String fixture : fixtures) {
            post(system, fixture, SbomFixtures.bytes("bad/" + fixture), WRITER)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("file"))
                    .andExpect(jsonPath("$.detail", containsString(fixture)));
        }
        mvc.perform(multipart("/api/v1/systems/{id}/sboms", system)
                        .file(new MockMultipartFile("file", "xxe.cdx.xml", "application/xml", SbomFixtures.bytes("bad/xxe.cdx.xml")))
                        .header("Accept-Language", "en").with(WRITER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("xxe.cdx.xml contains a document type declaration (DOCTYPE)")));
        post(system, "huge.cdx.json", SbomFixtures.tooLarge(), WRITER).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("huge.cdx.json が 3 MB を超えています。"));
        mvc.perform(multipart("/api/v1/systems/{id}/sboms", system).with(WRITER)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(get("/api/v1/systems/{id}/sboms", system).with(READER))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aReadOnlyCallerCannotUploadAndAnOutsiderCannotRead() throws Exception {
        long system = newSystem();
        post(system, DROPWIZARD, SbomFixtures.bytes(DROPWIZARD), READER).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/systems/{id}/sboms", system).with(READER)).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/systems/{id}/sboms", system).with(OUTSIDER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/systems/{id}/sbom.cdx.json", system).with(OUTSIDER)).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownSystemOrVersionIs404() throws Exception {
        post(999_999, DROPWIZARD, SbomFixtures.bytes(DROPWIZARD), WRITER).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sboms/{id}", 999_999).with(READER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sboms/{id}/components", 999_999).with(READER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/systems/{id}/sboms", 999_999).with(READER)).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", endsWith("problem+json")));
    }
}
