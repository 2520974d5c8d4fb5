package io.taisei.asset;

import io.taisei.organization.DepartmentDraft;
import io.taisei.organization.DepartmentFilter;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityFilter;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LineOfDefence;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonDraft;
import io.taisei.organization.PersonFilter;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hardware/software, data, zones and connections as xlsx and CSV: import matched by code, export and template, and
 * each bad file of src/test/resources/asset/bad refused with sheet, row, column and reason and nothing written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerFilesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    /**
     * The codes the fixtures name (see src/test/resources/asset/bad/make_fixtures.py); the organization codes may
     * exist already, made by SystemFileTest in the same (cached) context.
     */
    @BeforeEach
    void fixtureRecords() {
        if (assets.systemByCode("FIX-SYS-A").isPresent()) {
            return;
        }
        var page = PageRequest.of(0, 5);
        var le = organization.legalEntities(new LegalEntityFilter("FIX-LE", null, null), page).stream().findFirst()
                .orElseGet(() -> organization.createLegalEntity(new LegalEntityDraft("FIX-LE", "取込銀行", null,
                        LegalEntityKind.INSTITUTION, "JP", null)));
        var dept = organization.departments(new DepartmentFilter("FIX-DEPT", null, null, null), page).stream()
                .findFirst().orElseGet(() -> organization.createDepartment(new DepartmentDraft("FIX-DEPT", "取込部",
                        null, le.id().value(), null, LineOfDefence.FIRST)));
        var person = organization.people(new PersonFilter("FIX-P1", null, null, null, null), page).stream()
                .findFirst().orElseGet(() -> organization.createPerson(new PersonDraft("FIX-P1", "取込 花子", null,
                        "fix-p1@example.jp", null, dept.id().value(), null, Set.of(), null)));
        var org = new AssetFixtures.Org(le, dept, person);
        assets.createSystem(AssetFixtures.inHouse("FIX-SYS-A", org));
        assets.createSystem(AssetFixtures.inHouse("FIX-SYS-B", org));
        assets.createZone(new NetworkZoneDraft("FIX-ZONE", "DC", ZoneKind.DATA_CENTER, "10.0.0.0/8", null));
    }

    private ResultActions upload(String ledger, String fixture) throws Exception {
        return upload(ledger, fixture, null);
    }

    private ResultActions upload(String ledger, String fixture, String mode) throws Exception {
        var request = multipart("/assets/" + ledger + "/import").file(new MockMultipartFile("file", fixture,
                "application/octet-stream", bytes(fixture))).with(WRITER).with(csrf());
        if (mode != null) {
            request.param("mode", mode);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private static byte[] bytes(String fixture) throws Exception {
        return new ClassPathResource("asset/bad/" + fixture).getContentAsByteArray();
    }

    private long hardwareSoftwareCount() {
        return assets.hardwareSoftware(HardwareSoftwareFilter.none(), PageRequest.of(0, 1)).getTotalElements();
    }

    /** Uploads a bad hardware/software file and checks that the report says {@code expected} and nothing changed. */
    private void refused(String fixture, String code, String... expected) throws Exception {
        long before = hardwareSoftwareCount();
        var page = upload("hardware-software", fixture).andExpect(content().string(containsString("何も書き込んでいません")));
        for (String text : expected) {
            page.andExpect(content().string(containsString(text)));
        }
        assertThat(hardwareSoftwareCount()).isEqualTo(before);
        assertThat(assets.hardwareSoftwareByCode(code)).isEmpty();
    }

    // --- hardware and software ----------------------------------------------------------------------------------

    @Test
    void aValidHardwareSoftwareWorkbookCreatesThenUpdatesMatchedByCode() throws Exception {
        // other tests of this class may have imported the same file already: created or updated, never both
        upload("hardware-software", "hw-valid.xlsx").andExpect(content().string(containsString("取り込みました。")));
        HardwareSoftwareSummary tomcat = assets.hardwareSoftwareByCode("FIX-HW-001").orElseThrow();
        assertThat(tomcat.kind()).isEqualTo(HardwareSoftwareKind.MIDDLEWARE);
        assertThat(tomcat.supportEndsOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(tomcat.extendedSupportEndsOn()).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(tomcat.quantity()).isEqualTo(2);
        assertThat(tomcat.systemIds()).extracting(id -> assets.system(id).code())
                .containsExactlyInAnyOrder("FIX-SYS-A", "FIX-SYS-B");

        byte[] csv = mvc.perform(get("/assets/hardware-software/export.csv").with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("コード,種別,ベンダー,製品名")
                .contains("FIX-HW-001,ミドルウェア,Apache,Tomcat,9.0.85").contains("FIX-SYS-A, FIX-SYS-B");
        mvc.perform(multipart("/assets/hardware-software/import").file(new MockMultipartFile("file", "export.csv",
                        "text/csv", csv)).with(WRITER).with(csrf()))
                .andExpect(content().string(containsString("登録 0件")));
        assertThat(assets.hardwareSoftwareByCode("FIX-HW-001").orElseThrow())
                .usingRecursiveComparison().ignoringFields("version").isEqualTo(tomcat);
    }

    @Test
    void theHardwareSoftwareExportIsAWorkbookWithJapaneseHeadersAndTheTemplateHasOnlyThem() throws Exception {
        upload("hardware-software", "hw-valid.xlsx");
        byte[] xlsx = mvc.perform(get("/assets/hardware-software/export.xlsx").with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("ハードウェア・ソフトウェア");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("サポート終了予定日");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("2027-03-31");
        }
        byte[] template = mvc.perform(get("/assets/hardware-software/template.xlsx").with(READER))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void wrongHeadersAreNamed() throws Exception {
        refused("hw-wrong-headers.xlsx", "FIX-HW-101", "不明な列「製品」", "列「製品名」がありません");
    }

    @Test
    void missingHeadersAreNamed() throws Exception {
        refused("hw-missing-headers.csv", "FIX-HW-102", "列「サポート終了予定日」がありません", "列「稼働システムコード」がありません");
    }

    @Test
    void anImpossibleSupportEndDateIsRefusedNotRolledOver() throws Exception {
        refused("hw-bad-date.xlsx", "FIX-HW-201", "ハードウェア・ソフトウェア", "サポート終了予定日",
                "「2027/13/45」は日付ではありません");
    }

    @Test
    void anUnknownKindIsRefused() throws Exception {
        refused("hw-unknown-enum.csv", "FIX-HW-301", "「量子コンピュータ」は選択できる値ではありません");
    }

    @Test
    void aCodeTwiceInTheFileIsRefused() throws Exception {
        refused("hw-duplicate-codes.csv", "FIX-HW-401", "コード fix-hw-401 はこのファイルの 2 行目にもあります");
    }

    @Test
    void aFormulaIsRefusedWithItsColumn() throws Exception {
        refused("hw-formula.xlsx", "FIX-HW-501", "数式は受け付けません", "数量");
    }

    @Test
    void aWorkbookThatIsNotAZipIsRefused() throws Exception {
        refused("hw-not-a-zip.xlsx", "FIX-HW-000", "Excelブック（xlsx）ではありません");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        refused("hw-zip-bomb.xlsx", "FIX-HW-601", "zip爆弾");
    }

    @Test
    void anUnknownSystemCodeIsNamed() throws Exception {
        refused("hw-unknown-system.csv", "FIX-HW-701", "稼働システムコード", "コード NO-SUCH-SYSTEM のデータがありません");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        long before = hardwareSoftwareCount();
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        mvc.perform(multipart("/assets/hardware-software/import").file(new MockMultipartFile("file", "big.xlsx",
                        "application/octet-stream", big)).with(WRITER).with(csrf()))
                .andExpect(content().string(containsString("20 MB を超えています")));
        assertThat(hardwareSoftwareCount()).isEqualTo(before);
    }

    @Test
    void theUserMayChooseToImportOnlyTheValidRows() throws Exception {
        refused("hw-some-invalid.csv", "FIX-HW-801", "「2027-02-30」は日付ではありません");
        upload("hardware-software", "hw-some-invalid.csv", "VALID_ROWS_ONLY")
                .andExpect(content().string(allOf(containsString("登録 1件"), containsString("除外 1行"))));
        assertThat(assets.hardwareSoftwareByCode("FIX-HW-801")).isPresent();
        assertThat(assets.hardwareSoftwareByCode("FIX-HW-802")).isEmpty();
    }

    @Test
    void theErrorReportSpeaksTheUsersLanguage() throws Exception {
        mvc.perform(multipart("/assets/hardware-software/import").file(new MockMultipartFile("file", "bad.xlsx",
                        "application/octet-stream", bytes("hw-bad-date.xlsx")))
                        .with(WRITER).with(csrf()).cookie(new Cookie("TAISEI_LANG", "en")))
                .andExpect(content().string(allOf(containsString("2027/13/45&quot; is not a date"),
                        containsString("Nothing was written"))));
    }

    @Test
    void theHardwareSoftwareApiImportsAndExports() throws Exception {
        mvc.perform(multipart("/api/v1/hardware-software/imports").file(new MockMultipartFile("file", "bad.xlsx",
                        "application/octet-stream", bytes("hw-bad-date.xlsx"))).with(WRITER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.problems[0].sheet").value("ハードウェア・ソフトウェア"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("サポート終了予定日"));
        mvc.perform(multipart("/api/v1/hardware-software/imports").file(new MockMultipartFile("file", "hw.xlsx",
                        "application/octet-stream", bytes("hw-valid.xlsx"))).with(WRITER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(true));
        byte[] csv = mvc.perform(get("/api/v1/hardware-software/export").param("format", "csv").with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("FIX-HW-002");
        mvc.perform(get("/api/v1/hardware-software/export").param("format", "pdf").with(READER))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/hardware-software/imports").file(new MockMultipartFile("file", "hw.xlsx",
                        "application/octet-stream", bytes("hw-valid.xlsx"))).with(READER))
                .andExpect(status().isForbidden());
    }

    // --- data, zones and connections ----------------------------------------------------------------------------

    @Test
    void dataZonesAndConnectionsImportWithTheirReferencesByCode() throws Exception {
        upload("data", "data-valid.csv").andExpect(content().string(containsString("登録 1件")));
        DataAssetSummary data = assets.dataByCode("FIX-DATA-001").orElseThrow();
        assertThat(data.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(data.storedIn()).extracting(id -> assets.system(id).code()).containsExactly("FIX-SYS-A");

        upload("network-zones", "zones-valid.csv").andExpect(content().string(containsString("登録 1件")));
        upload("connections", "connections-valid.csv").andExpect(content().string(containsString("登録 1件")));
        ConnectionSummary connection = assets.connectionByCode("FIX-CON-001").orElseThrow();
        assertThat(connection.dataCategories()).containsExactlyInAnyOrder(DataCategory.CUSTOMER_INFORMATION,
                DataCategory.TRANSACTION);
        assertThat(assets.zone(connection.zoneId()).code()).isEqualTo("FIX-ZONE");

        for (String ledger : new String[]{"data", "network-zones", "connections"}) {
            byte[] xlsx = mvc.perform(get("/api/v1/" + ledger + "/export").param("format", "xlsx").with(READER))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            mvc.perform(multipart("/api/v1/" + ledger + "/imports").file(new MockMultipartFile("file", "x.xlsx",
                            "application/octet-stream", xlsx)).with(WRITER))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.created").value(0));
        }
        assertThat(assets.connectionByCode("FIX-CON-001").orElseThrow())
                .usingRecursiveComparison().ignoringFields("version").isEqualTo(connection);
    }

    @Test
    void badDataZoneAndConnectionRowsAreNamedAndNothingIsWritten() throws Exception {
        upload("data", "data-unknown-classification.csv").andExpect(content().string(allOf(
                containsString("格付け"), containsString("「ちょっと秘密」は選択できる値ではありません"))));
        upload("data", "data-unknown-system.csv").andExpect(content().string(allOf(
                containsString("保管先システムコード"), containsString("コード NO-SUCH-SYSTEM のデータがありません"))));
        upload("network-zones", "zones-bad-range.csv").andExpect(content().string(
                containsString("アドレス範囲（CIDR）")));
        upload("connections", "connections-unknown-direction.csv").andExpect(content().string(allOf(
                containsString("方向"), containsString("「たまに」は選択できる値ではありません"))));
        upload("connections", "connections-to-itself.csv").andExpect(content().string(allOf(
                containsString("接続先システムコード"), containsString("接続元と同じシステムは選択できません"))));
        assertThat(assets.dataByCode("FIX-DATA-101")).isEmpty();
        assertThat(assets.dataByCode("FIX-DATA-201")).isEmpty();
        assertThat(assets.zones("FIX-ZONE-101", PageRequest.of(0, 5))).isEmpty();
        assertThat(assets.connectionByCode("FIX-CON-101")).isEmpty();
        assertThat(assets.connectionByCode("FIX-CON-201")).isEmpty();
    }

    @Test
    void everyLedgerPageOffersImportAndExport() throws Exception {
        for (String ledger : new String[]{"hardware-software", "data", "network-zones", "connections"}) {
            mvc.perform(get("/assets/" + ledger).with(WRITER)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("/assets/" + ledger + "/import"),
                            containsString("/assets/" + ledger + "/export.xlsx"))));
            mvc.perform(get("/assets/" + ledger + "/import").with(WRITER)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("/assets/" + ledger + "/template.csv")));
            mvc.perform(get("/assets/" + ledger + "/import").with(READER)).andExpect(status().isForbidden());
        }
    }
}
