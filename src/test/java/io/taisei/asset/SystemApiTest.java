package io.taisei.asset;

import tools.jackson.databind.json.JsonMapper;
import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.taisei.asset.AssetFixtures.OUTSIDER;
import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ledger 1 through the REST API: create, read, change, filter, permissions and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class SystemApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aWriterRegistersReadsAndChangesASystemWithItsDerivedPriority() throws Exception {
        var org = org(organization);
        String code = unique("SYS");
        String location = mvc.perform(post("/api/v1/systems").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(AssetFixtures.inHouse(code, org))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/systems/")))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.protectionPriority").value("P1"))
                .andExpect(jsonPath("$.legalEntityId").value(org.legalEntity().id().value()))
                .andExpect(jsonPath("$.ownerId").value(org.person().id().value()))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(READER)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.rtoMinutes").value(240));

        Map<String, Object> change = body(AssetFixtures.inHouse(code, org));
        change.put("importance", "LOW");
        change.put("confidentiality", "LOW");
        change.put("integrity", "MEDIUM");
        change.put("availability", "LOW");
        mvc.perform(put(location).with(WRITER).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.protectionPriority").value("P3"))
                .andExpect(header().string("ETag", "\"1\""));
        // a second change based on the old version is refused: someone changed it in between
        mvc.perform(put(location).with(WRITER).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isConflict());
    }

    @Test
    void anExternalServiceKeepsItsProviderAndAnInHouseSystemDropsServiceFields() throws Exception {
        var org = org(organization);
        String code = unique("SAAS");
        mvc.perform(post("/api/v1/systems").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(AssetFixtures.saas(code, org))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.serviceKind").value("SAAS"))
                .andExpect(jsonPath("$.provider").value("Example Cloud K.K."))
                .andExpect(jsonPath("$.contractReference").value("C-2026-001"))
                .andExpect(jsonPath("$.protectionPriority").value("P2"));

        Map<String, Object> inHouse = body(AssetFixtures.saas(unique("OWN"), org));
        inHouse.put("kind", "IN_HOUSE");
        mvc.perform(post("/api/v1/systems").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(inHouse)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provider").doesNotExist())
                .andExpect(jsonPath("$.serviceKind").doesNotExist());
    }

    @Test
    void theListIsFilteredSortedAndPagedInTheDatabase() throws Exception {
        var org = org(organization);
        String marker = unique("LST");
        assets.createSystem(AssetFixtures.inHouse(marker + "-A", org));
        assets.createSystem(AssetFixtures.saas(marker + "-B", org));
        assets.createSystem(AssetFixtures.saas(marker + "-C", org));

        mvc.perform(get("/api/v1/systems").with(READER).param("q", marker.toLowerCase())
                        .param("kind", "EXTERNAL_SERVICE").param("sort", "code,desc").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].code").value(marker + "-C"))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/systems").with(READER)
                        .param("legalEntityId", String.valueOf(org.legalEntity().id().value()))
                        .param("protectionPriority", "P1"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].code").value(marker + "-A"));
        mvc.perform(get("/api/v1/systems").with(READER).param("q", marker).param("internetExposed", "true"))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/systems").with(READER).param("sort", "purpose,asc"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/systems").with(READER).param("importance", "HUGE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void readersCannotChangeAndOutsidersCannotRead() throws Exception {
        var org = org(organization);
        mvc.perform(post("/api/v1/systems").with(READER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(AssetFixtures.inHouse(unique("RO"), org))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/systems").with(OUTSIDER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/systems")).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() throws Exception {
        var org = org(organization);
        String code = unique("BAD");

        Map<String, Object> noName = body(AssetFixtures.inHouse(code, org));
        noName.put("name", " ");
        noName.put("rtoMinutes", -5);
        String problem = mvc.perform(post("/api/v1/systems").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(noName)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("name").contains("rtoMinutes");

        Map<String, Object> unknownEnum = body(AssetFixtures.inHouse(code, org));
        unknownEnum.put("environment", "MOON");
        mvc.perform(post("/api/v1/systems").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(unknownEnum)))
                .andExpect(status().isBadRequest());

        Map<String, Object> wrongDepartment = body(AssetFixtures.inHouse(code, org));
        wrongDepartment.put("legalEntityId", org(organization).legalEntity().id().value());
        mvc.perform(post("/api/v1/systems").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(wrongDepartment)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("departmentId"));

        Map<String, Object> noProvider = body(AssetFixtures.saas(code, org));
        noProvider.put("provider", "");
        mvc.perform(post("/api/v1/systems").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(noProvider)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("provider"));

        Map<String, Object> unknownOwner = body(AssetFixtures.inHouse(code, org));
        unknownOwner.put("ownerId", 987654321);
        mvc.perform(post("/api/v1/systems").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(unknownOwner)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"));

        assertThat(assets.systemByCode(code)).isEmpty();

        assets.createSystem(AssetFixtures.inHouse(code, org));
        mvc.perform(post("/api/v1/systems").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(AssetFixtures.inHouse(code.toLowerCase(), org))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("/api/v1/systems/{id}", 987654321).with(READER)).andExpect(status().isNotFound());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(SystemDraft draft) {
        return new LinkedHashMap<>(json.convertValue(draft, Map.class));
    }
}
