package io.taisei.compliance;

import io.taisei.compliance.internal.CatalogDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@SpringBootTest
@AutoConfigureMockMvc
class CatalogApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogManagement catalogs;

    long id;

    @BeforeEach
    void shippedCatalog() {
        id = catalogs.catalog("fsa-cyber", "2024-10").orElseThrow().id().value();
    }

    @Test
    void theCatalogsListShowsEachRevisionWithItsCounts() throws Exception {
        mvc.perform(reader(get("/api/v1/compliance/catalogs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.revision == '2024-10')].fundamentalItems").value(contains(126)))
                .andExpect(jsonPath("$[?(@.revision == '2024-10')].recommendedItems").value(contains(50)))
                .andExpect(jsonPath("$[?(@.revision == '2024-10')].csfMappingUnofficial").value(contains(true)));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[?(@.number == '2.2.1.2')].recommendedItems").value(contains(5)));
    }

    @Test
    void itemsArePagedAndFilteredByKindSectionCsfFunctionAndText() throws Exception {
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("size", "10")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(176))
                .andExpect(jsonPath("$.content.length()").value(10))
                .andExpect(jsonPath("$.content[0].id").value("2.1.1-1"));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("kind", "recommended")))
                .andExpect(jsonPath("$.totalElements").value(50));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("section", "2.2.1")))
                .andExpect(jsonPath("$.totalElements").value(11));
        long recover = CatalogFixtures.shipped().items().stream()
                .filter(i -> i.csf().stream().anyMatch(c -> c.startsWith("RC."))).count();
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("csf", "RC").param("size", "200")))
                .andExpect(jsonPath("$.totalElements").value((int) recover))
                .andExpect(jsonPath("$.content[*].csf[*].function", hasItem("RC")));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("q", "sbom")))
                .andExpect(jsonPath("$.content[*].id", hasItem("2.2.1.2-e")));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("q", "多要素認証")))
                .andExpect(jsonPath("$.content[*].id", hasItems("2.3.1-5", "2.3.4.4-5")));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("q", "100%_")))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void oneItemCarriesBothSummariesFeaturesAndTheUnofficialCsfMapping() throws Exception {
        CatalogDocument.Item expected = CatalogFixtures.shipped().items().stream()
                .filter(i -> i.id().equals("2.2.3-3")).findFirst().orElseThrow();
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items/2.2.3-3")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("FUNDAMENTAL"))
                .andExpect(jsonPath("$.section").value("2.2.3"))
                .andExpect(jsonPath("$.summary.ja").value(expected.summaryJa()))
                .andExpect(jsonPath("$.summary.en").value(expected.summaryEn()))
                .andExpect(jsonPath("$.features", hasItem("vulnerability")))
                .andExpect(jsonPath("$.csf[*].category", hasItems(expected.csf().toArray())))
                .andExpect(jsonPath("$.csfMappingUnofficial").value(true));
    }

    @Test
    void badFiltersAndPagingAreRefusedWithTheReason() throws Exception {
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("kind", "OPTIONAL")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("csf", "XX")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("csf"));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("section", "x';--")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("section"));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("size", "100000")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("sort", "summaryJa")))
                .andExpect(status().isBadRequest());
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items").param("q", "x".repeat(201))))
                .andExpect(status().isBadRequest());
        mvc.perform(reader(get("/api/v1/compliance/catalogs/abc/items")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void unknownCatalogsAndItemsAre404() throws Exception {
        mvc.perform(reader(get("/api/v1/compliance/catalogs/999999/items")))
                .andExpect(status().isNotFound());
        mvc.perform(reader(get("/api/v1/compliance/catalogs/" + id + "/items/2.9.9-1")))
                .andExpect(status().isNotFound());
        mvc.perform(reader(get("/api/v1/compliance/catalogs/diff").param("from", String.valueOf(id)).param("to", "999999")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDiffOfARevisionWithItselfIsEmpty() throws Exception {
        mvc.perform(reader(get("/api/v1/compliance/catalogs/diff").param("from", String.valueOf(id)).param("to", String.valueOf(id))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").isEmpty())
                .andExpect(jsonPath("$.removed").isEmpty())
                .andExpect(jsonPath("$.changed").isEmpty());
        mvc.perform(reader(get("/api/v1/compliance/catalogs/diff").param("from", String.valueOf(id))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void readingTheCatalogNeedsComplianceRead() throws Exception {
        mvc.perform(get("/api/v1/compliance/catalogs").with(user("ops").authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("metrics.read"))))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder reader(MockHttpServletRequestBuilder request) {
        return request.with(user("reader").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("compliance.read")));
    }
}
