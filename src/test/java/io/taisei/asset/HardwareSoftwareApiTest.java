package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.OUTSIDER;
import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ledger 2 through the REST API: records linked to systems, identifier formats, support dates, permissions. */
@SpringBootTest
@AutoConfigureMockMvc
class HardwareSoftwareApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    final JsonMapper json = JsonMapper.builder().build();

    static HardwareSoftwareDraft tomcat(String code, Set<Long> systems) {
        return new HardwareSoftwareDraft(code, HardwareSoftwareKind.MIDDLEWARE, "Apache", "Tomcat", "10.1.20",
                "cpe:2.3:a:apache:tomcat:10.1.20:*:*:*:*:*:*:*", "pkg:maven/org.apache.tomcat/tomcat-catalina@10.1.20",
                LocalDate.of(2027, 3, 31), true, LocalDate.of(2028, 3, 31), "東京DC", 4, null, systems);
    }

    @Test
    void aRecordIsRegisteredForTwoSystemsAndFoundThroughEither() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("CORE"), org));
        SystemSummary web = assets.createSystem(AssetFixtures.saas(unique("WEB"), org));
        String code = unique("TC");
        String location = mvc.perform(post("/api/v1/hardware-software").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(tomcat(code, Set.of(core.id().value(), web.id().value())))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.productVersion").value("10.1.20"))
                .andExpect(jsonPath("$.supportEndsOn").value("2027-03-31"))
                .andExpect(jsonPath("$.systemIds").value(containsInAnyOrder(
                        (int) core.id().value(), (int) web.id().value())))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get("/api/v1/hardware-software").with(READER).param("systemId", String.valueOf(web.id().value())))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].code").value(code));
        assertThat(assets.hardwareSoftwareOf(core.id())).extracting(HardwareSoftwareSummary::code).containsExactly(code);

        Map<String, Object> change = body(tomcat(code, Set.of(core.id().value())));
        change.put("supportExtendable", false);
        change.put("extendedSupportEndsOn", null);
        mvc.perform(put(location).with(WRITER).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.systemIds.length()").value(1));
        assertThat(assets.hardwareSoftwareOf(web.id())).isEmpty();
    }

    @Test
    void theListFiltersByKindTextAndSupportEnd() throws Exception {
        String marker = unique("FLT");
        assets.createHardwareSoftware(tomcat(marker + "-OLD", Set.of()));
        HardwareSoftwareDraft newer = new HardwareSoftwareDraft(marker + "-NEW", HardwareSoftwareKind.SERVER, "Fujitsu",
                "PRIMERGY " + marker, null, null, null, LocalDate.of(2031, 1, 1), false, null, "大阪DC", 2, null, Set.of());
        assets.createHardwareSoftware(newer);

        mvc.perform(get("/api/v1/hardware-software").with(READER).param("q", marker)
                        .param("supportEndsBefore", "2030-01-01"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].code").value(marker + "-OLD"));
        mvc.perform(get("/api/v1/hardware-software").with(READER).param("q", marker.toLowerCase()).param("kind", "SERVER"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].vendor").value("Fujitsu"));
        mvc.perform(get("/api/v1/hardware-software").with(READER).param("q", marker).param("sort", "supportEndsOn,desc"))
                .andExpect(jsonPath("$.content[0].code").value(marker + "-NEW"));
        mvc.perform(get("/api/v1/hardware-software").with(READER).param("supportEndsBefore", "31.12.2030"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void narrowedToSupportEndingBeforeADayTheListShowsWhatEndsFirstUnlessASortIsChosen() throws Exception {
        String marker = unique("EOSORD");
        assets.createHardwareSoftware(server(marker + "-A", LocalDate.of(2029, 6, 30)));
        assets.createHardwareSoftware(server(marker + "-B", LocalDate.of(2028, 3, 31)));
        assets.createHardwareSoftware(server(marker + "-C", LocalDate.of(2028, 9, 30)));

        mvc.perform(get("/api/v1/hardware-software").with(READER).param("q", marker)
                        .param("supportEndsBefore", "2030-01-01"))
                .andExpect(jsonPath("$.content[*].code").value(contains(marker + "-B", marker + "-C", marker + "-A")));
        mvc.perform(get("/api/v1/hardware-software").with(READER).param("q", marker)
                        .param("supportEndsBefore", "2030-01-01").param("sort", "code,asc"))
                .andExpect(jsonPath("$.content[*].code").value(contains(marker + "-A", marker + "-B", marker + "-C")));
        mvc.perform(get("/api/v1/hardware-software").with(READER).param("q", marker))
                .andExpect(jsonPath("$.content[*].code").value(contains(marker + "-A", marker + "-B", marker + "-C")));
    }

    static HardwareSoftwareDraft server(String code, LocalDate supportEndsOn) {
        return new HardwareSoftwareDraft(code, HardwareSoftwareKind.SERVER, "Fujitsu", "PRIMERGY", null, null, null,
                supportEndsOn, false, null, "大阪DC", 1, null, Set.of());
    }

    @Test
    void malformedIdentifiersAndSupportDatesAreRefusedNamingTheField() throws Exception {
        String code = unique("BADHW");
        for (var bad : List.of(Map.entry("cpe", (Object) "cpe:/a:apache:tomcat:10.1.20"),
                Map.entry("purl", (Object) "maven:org.apache.tomcat/tomcat@1"),
                Map.entry("extendedSupportEndsOn", (Object) "2026-01-01"),
                Map.entry("systemIds", (Object) List.of(987654321)),
                Map.entry("quantity", (Object) 0),
                Map.entry("ownerId", (Object) 987654321))) {
            Map<String, Object> draft = body(tomcat(code, Set.of()));
            draft.put(bad.getKey(), bad.getValue());
            mvc.perform(post("/api/v1/hardware-software").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(draft)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad.getKey()));
        }
        Map<String, Object> notExtendable = body(tomcat(code, Set.of()));
        notExtendable.put("supportExtendable", false);
        mvc.perform(post("/api/v1/hardware-software").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(notExtendable)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("extendedSupportEndsOn"));
        Map<String, Object> badDate = body(tomcat(code, Set.of()));
        badDate.put("supportEndsOn", "2027-02-30");
        mvc.perform(post("/api/v1/hardware-software").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(badDate)))
                .andExpect(status().isBadRequest());
        assertThat(assets.hardwareSoftwareByCode(code)).isEmpty();
    }

    @Test
    void readersCannotChangeAndOutsidersCannotRead() throws Exception {
        mvc.perform(post("/api/v1/hardware-software").with(READER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(tomcat(unique("RO"), Set.of()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hardware-software").with(OUTSIDER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hardware-software/{id}", 987654321).with(READER)).andExpect(status().isNotFound());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(HardwareSoftwareDraft draft) {
        return new LinkedHashMap<>(json.convertValue(draft, Map.class));
    }
}
