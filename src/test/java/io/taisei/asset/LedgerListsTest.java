package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the ledger lists show however long the ledger: matches counted only up to 1,000 on the pages ("more than")
 * and in the API ({@code countLimited}); searches anywhere in codes, names and identifiers but never across two fields; sorting stable
 * across pages; the data filter by system through both links.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerListsTest {

    private static final Pattern HW_CODE = Pattern.compile("/assets/hardware-software/\\d+\">([^<]+)</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssetManagement assets;

    @Autowired
    OrganizationManagement organization;

    @Test
    void aSearchMatchingMoreThanAThousandRecordsSaysMoreThanAThousandOnThePageAndInTheApiYetEveryPageIsReachable()
            throws Exception {
        String prefix = unique("MANY");
        insert(prefix, 1030, i -> i, n -> LocalDate.of(2040, 1, 1));

        String first = page("/assets/hardware-software?q=" + prefix);
        assertThat(first).contains("1,000件を超えます", "1 ページ", "次へ").doesNotContain("/ 42 ページ");
        assertThat(codes(first)).hasSize(25).first().isEqualTo(prefix + "-0000");

        String last = page("/assets/hardware-software?q=" + prefix + "&page=41");
        assertThat(last).contains("1,030件", "42 / 42 ページ").doesNotContain("を超えます", "次へ</a>");
        assertThat(codes(last)).containsExactly(prefix + "-1025", prefix + "-1026", prefix + "-1027",
                prefix + "-1028", prefix + "-1029");

        // further on, the count goes as far as the page: there are more than 1,025
        String further = page("/assets/hardware-software?q=" + prefix + "&page=40");
        assertThat(further).contains("1,025件を超えます", "41 ページ", "次へ</a>");

        mvc.perform(get("/api/v1/hardware-software").with(READER).param("q", prefix.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1000))
                .andExpect(jsonPath("$.countLimited").value(true))
                .andExpect(jsonPath("$.totalPages").value(41))
                .andExpect(jsonPath("$.content.length()").value(25));
        mvc.perform(get("/api/v1/hardware-software").with(READER).param("q", prefix.toLowerCase())
                        .param("page", "41"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1030))
                .andExpect(jsonPath("$.countLimited").value(false))
                .andExpect(jsonPath("$.totalPages").value(42))
                .andExpect(jsonPath("$.content.length()").value(5))
                .andExpect(jsonPath("$.content[4].code").value(prefix + "-1029"));

        String few = page("/assets/hardware-software?q=" + prefix + "-000");
        assertThat(few).contains("10件").doesNotContain("を超えます");
    }

    @Test
    void theApiDescriptionSaysThatTheLedgerListsCountUpToALimitAndHowTheResponseTellsIt() throws Exception {
        for (String list : List.of("/api/v1/systems", "/api/v1/hardware-software", "/api/v1/data")) {
            mvc.perform(get("/v3/api-docs").with(READER))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.paths['" + list + "'].get.responses['200'].content['*/*'].schema['$ref']")
                            .value(org.hamcrest.Matchers.startsWith("#/components/schemas/CountLimitedPageResponse")))
                    .andExpect(jsonPath("$.paths['" + list + "'].get.description")
                            .value(org.hamcrest.Matchers.containsString("counted up to 1,000")));
        }
        mvc.perform(get("/v3/api-docs").with(READER))
                .andExpect(jsonPath("$.components.schemas.CountLimitedPageResponseHardwareSoftwareResponse.properties"
                        + ".countLimited.description").value(org.hamcrest.Matchers.containsString("there are more")));
    }

    @Test
    void aSortedListBreaksTiesByCodeInTheSortDirectionSoRowsNeverJumpBetweenPages() throws Exception {
        String prefix = unique("TIE");
        // three dates, twenty records each; written in the reverse order of their codes, so that ties broken by id
        // (the order of writing) would come out in the reverse order of their codes
        insert(prefix, 60, i -> 59 - i, n -> LocalDate.of(2040, 1, 1).plusDays(n / 20));
        String list = "/assets/hardware-software?q=" + prefix + "&sort=supportEndsOn,";
        List<String> ascending = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ascending.addAll(codes(page(list + "asc&page=" + page)));
        }
        assertThat(ascending).hasSize(60).isSorted().doesNotHaveDuplicates();

        List<String> descending = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            descending.addAll(codes(page(list + "desc&page=" + page)));
        }
        List<String> reversed = new ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertThat(descending).containsExactlyElementsOf(reversed);
    }

    @Test
    void theSearchFindsTextInAnyFieldIgnoringCaseButNeverAcrossTwoFieldsAndTakesWildcardsLiterally() throws Exception {
        String code = unique("FIELDS");
        String token = code.substring(code.indexOf('-') + 1).toLowerCase();
        assets.createHardwareSoftware(new HardwareSoftwareDraft(code, HardwareSoftwareKind.MIDDLEWARE,
                "Vendor" + token, "Product" + token + " 100%", "9." + token,
                "cpe:2.3:a:vendor" + token + ":product" + token + ":9:*:*:*:*:*:*:*",
                "pkg:maven/org.example/lib" + token + "@9", null, false, null, null, 1, null, Set.of()));
        for (String found : List.of(code.toLowerCase(), "VENDOR" + token.toUpperCase(), "product" + token + " 100%",
                "9." + token, ":product" + token + ":9", "lib" + token + "@")) {
            assertThat(codes(search(found))).as(found).containsExactly(code);
        }
        for (String notFound : List.of(token + "product", token + "\u001fproduct", token + " product",
                "product" + token + " 1_0", "%vendor" + token + "%x")) {
            assertThat(codes(search(notFound))).as(notFound).isEmpty();
        }
    }

    @Test
    void theDataListFilteredBySystemShowsDataStoredOrProcessedThereAndNoOther() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("DCORE"), org));
        SystemSummary other = assets.createSystem(AssetFixtures.inHouse(unique("DOTHER"), org));
        String stored = unique("STORED");
        String processed = unique("PROCESSED");
        String elsewhere = unique("ELSEWHERE");
        assets.createData(data(stored, Set.of(core.id().value()), Set.of()));
        assets.createData(data(processed, Set.of(other.id().value()), Set.of(core.id().value())));
        assets.createData(data(elsewhere, Set.of(other.id().value()), Set.of(other.id().value())));
        String page = page("/assets/data?systemId=" + core.id().value());
        assertThat(page).contains(stored, processed, "2件").doesNotContain(elsewhere);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static DataAssetDraft data(String code, Set<Long> storedIn, Set<Long> processedIn) {
        return new DataAssetDraft(code, "顧客台帳 " + code, DataCategory.CUSTOMER_INFORMATION, Classification.CONFIDENTIAL,
                storedIn, processedIn, null, null, null);
    }

    /**
     * Records {@code prefix-0000} … written straight into the table (the API would take minutes for a thousand): the
     * i-th written is number {@code number(i)}, whose support ends on {@code supportEndsOn(number)}.
     */
    private void insert(String prefix, int count, IntUnaryOperator number, IntFunction<LocalDate> supportEndsOn) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = number.applyAsInt(i);
            rows.add(new Object[]{String.format("%s-%04d", prefix, n), "LIBRARY", "Example", "ライブラリ " + prefix,
                    "1." + n, Date.valueOf(supportEndsOn.apply(n)), false, 1, now, now});
        }
        jdbc.batchUpdate("INSERT INTO ast_hardware_software (code, kind, vendor, product, product_version, "
                + "support_ends_on, support_extendable, quantity, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(READER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> codes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = HW_CODE.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private String search(String q) throws Exception {
        return mvc.perform(get("/assets/hardware-software").param("q", q).with(READER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
