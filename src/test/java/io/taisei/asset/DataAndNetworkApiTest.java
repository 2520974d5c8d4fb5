package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.OUTSIDER;
import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ledgers 3 and 4 through the REST API: data where it is stored, zones, connections with the data that flows. */
@SpringBootTest
@AutoConfigureMockMvc
class DataAndNetworkApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void dataIsRegisteredWhereItIsStoredAndFoundThroughTheSystem() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("DCORE"), org));
        SystemSummary mail = assets.createSystem(AssetFixtures.saas(unique("DMAIL"), org));
        String code = unique("CUST");
        var draft = new DataAssetDraft(code, "顧客基本情報", DataCategory.CUSTOMER_INFORMATION,
                Classification.STRICTLY_CONFIDENTIAL, Set.of(core.id().value()), Set.of(mail.id().value()),
                "約120万件", "取引終了後10年", org.person().id().value());
        String location = mvc.perform(post("/api/v1/data").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(draft)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.storedInIds[0]").value(core.id().value()))
                .andExpect(jsonPath("$.processedInIds[0]").value(mail.id().value()))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(READER)).andExpect(jsonPath("$.retention").value("取引終了後10年"));
        mvc.perform(get("/api/v1/data").with(READER).param("systemId", String.valueOf(mail.id().value())))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].code").value(code));
        mvc.perform(get("/api/v1/data").with(READER).param("q", code).param("classification", "PUBLIC"))
                .andExpect(jsonPath("$.totalElements").value(0));
        assertThat(assets.dataOf(core.id())).extracting(DataAssetSummary::code).containsExactly(code);

        Map<String, Object> unknownSystem = body(draft);
        unknownSystem.put("storedInIds", Set.of(987654321));
        mvc.perform(put(location).with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(unknownSystem)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("storedInIds"));
        Map<String, Object> badCategory = body(draft);
        badCategory.put("category", "SECRET_SAUCE");
        mvc.perform(post("/api/v1/data").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(badCategory)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void connectionsLinkSystemsOrNameThePartyOutsideAndAreFilteredByTheDataThatFlows() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("NCORE"), org));
        SystemSummary web = assets.createSystem(AssetFixtures.saas(unique("NWEB"), org));
        String zoneCode = unique("DMZ");
        String zoneLocation = mvc.perform(post("/api/v1/network-zones").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new NetworkZoneDraft(zoneCode, "インターネットDMZ", ZoneKind.DMZ,
                                "203.0.113.0/24, 2001:db8::/32", null))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        long zoneId = assets.allZones().stream().filter(z -> z.code().equals(zoneCode)).findFirst().orElseThrow().id().value();
        mvc.perform(get(zoneLocation).with(READER)).andExpect(jsonPath("$.kind").value("DMZ"));

        String between = unique("C");
        mvc.perform(post("/api/v1/connections").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new ConnectionDraft(between, ConnectionKind.SYSTEM,
                                web.id().value(), core.id().value(), "ignored", Direction.BIDIRECTIONAL,
                                Set.of(DataCategory.TRANSACTION, DataCategory.CUSTOMER_INFORMATION), "HTTPS", true,
                                zoneId, null))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.counterparty").doesNotExist())
                .andExpect(jsonPath("$.dataCategories.length()").value(2));
        String zengin = unique("C");
        mvc.perform(post("/api/v1/connections").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new ConnectionDraft(zengin, ConnectionKind.EXTERNAL_PARTY,
                                core.id().value(), null, "全銀ネット", Direction.OUTBOUND, Set.of(DataCategory.TRANSACTION),
                                "専用線", true, null, null))))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/connections").with(READER).param("systemId", String.valueOf(core.id().value()))
                        .param("sort", "code,asc"))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/connections").with(READER).param("systemId", String.valueOf(core.id().value()))
                        .param("dataCategory", "CUSTOMER_INFORMATION"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].code").value(between));
        mvc.perform(get("/api/v1/connections").with(READER).param("zoneId", String.valueOf(zoneId)))
                .andExpect(jsonPath("$.totalElements").value(1));
        assertThat(assets.connectionsOf(web.id())).extracting(ConnectionSummary::code).containsExactly(between);
    }

    @Test
    void connectionsWithoutTheirOtherEndOrToThemselvesAreRefused() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("BCORE"), org));
        long id = core.id().value();
        String code = unique("BADC");
        record Case(ConnectionDraft draft, String field) {
        }
        for (Case c : new Case[]{
                new Case(new ConnectionDraft(code, ConnectionKind.SYSTEM, id, null, null, Direction.OUTBOUND, Set.of(), null, true, null, null), "toSystemId"),
                new Case(new ConnectionDraft(code, ConnectionKind.SYSTEM, id, id, null, Direction.OUTBOUND, Set.of(), null, true, null, null), "toSystemId"),
                new Case(new ConnectionDraft(code, ConnectionKind.THIRD_PARTY, id, null, " ", Direction.OUTBOUND, Set.of(), null, true, null, null), "counterparty"),
                new Case(new ConnectionDraft(code, ConnectionKind.THIRD_PARTY, 987654321L, null, "X社", Direction.OUTBOUND, Set.of(), null, true, null, null), "fromSystemId"),
                new Case(new ConnectionDraft(code, ConnectionKind.THIRD_PARTY, id, null, "X社", Direction.OUTBOUND, Set.of(), null, true, 987654321L, null), "zoneId")}) {
            mvc.perform(post("/api/v1/connections").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(c.draft())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(c.field()));
        }
        mvc.perform(post("/api/v1/network-zones").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new NetworkZoneDraft(code, "z", ZoneKind.DMZ, "<script>", null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("addressRanges"));
        assertThat(assets.connectionByCode(code)).isEmpty();
    }

    @Test
    void readersCannotChangeAndOutsidersCannotRead() throws Exception {
        for (String path : new String[]{"/api/v1/data", "/api/v1/network-zones", "/api/v1/connections"}) {
            mvc.perform(get(path).with(OUTSIDER)).andExpect(status().isForbidden());
            mvc.perform(get(path).with(READER)).andExpect(status().isOk());
            mvc.perform(post(path).with(READER).contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isForbidden());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(Object draft) {
        return new LinkedHashMap<>(json.convertValue(draft, Map.class));
    }
}
