package io.taisei.asset;

import io.taisei.organization.DepartmentDraft;
import io.taisei.organization.DepartmentFilter;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityFilter;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LineOfDefence;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonDraft;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The systems ledger as xlsx and CSV: template, export, import, and every kind of bad file refused with nothing written. */
@SpringBootTest
@AutoConfigureMockMvc
class SystemFileTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    /** The organization codes the fixtures name (see src/test/resources/asset/import/make_fixtures.py). */
    @BeforeEach
    void fixtureOrganization() {
        if (organization.legalEntities(new LegalEntityFilter("FIX-LE", null, null), PageRequest.of(0, 5)).isEmpty()) {
            var le = organization.createLegalEntity(new LegalEntityDraft("FIX-LE", "取込銀行", null,
                    LegalEntityKind.INSTITUTION, "JP", null));
            var dept = organization.createDepartment(new DepartmentDraft("FIX-DEPT", "取込部", null, le.id().value(),
                    null, LineOfDefence.FIRST));
            organization.createPerson(new PersonDraft("FIX-P1", "取込 花子", null, "fix-p1@example.jp", null,
                    dept.id().value(), null, Set.of(), null));
        }
        assertThat(organization.departments(new DepartmentFilter("FIX-DEPT", null, null, null), PageRequest.of(0, 5)))
                .hasSize(1);
    }

    private ResultActions upload(String fixture, String mode) throws Exception {
        byte[] bytes = new ClassPathResource("asset/import/" + fixture).getContentAsByteArray();
        var request = multipart("/assets/systems/import").file(new MockMultipartFile("file", fixture,
                "application/octet-stream", bytes)).with(WRITER).with(csrf());
        if (mode != null) {
            request.param("mode", mode);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    @Test
    void aValidWorkbookCreatesThenUpdatesMatchedByCode() throws Exception {
        upload("valid.xlsx", null).andExpect(content().string(containsString("取り込みました。")));
        SystemSummary core = assets.systemByCode("FIX-SYS-001").orElseThrow();
        assertThat(core.rtoMinutes()).isEqualTo(240);
        assertThat(core.protectionPriority()).isEqualTo(ProtectionPriority.P1);
        assertThat(assets.systemByCode("FIX-SYS-002").orElseThrow().serviceKind()).isEqualTo(ServiceKind.SAAS);

        // the same records again, now as CSV: matched by code, so updated rather than duplicated
        upload("valid.csv", null).andExpect(content().string(containsString("更新 2件")));
        assertThat(assets.systems(new SystemFilter("FIX-SYS-00", null, null, null, null, null, null, null, null),
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
    }

    @Test
    void everyBadFileIsRefusedWithSheetRowColumnAndReasonAndNothingIsWritten() throws Exception {
        long before = assets.systems(SystemFilter.none(), PageRequest.of(0, 1)).getTotalElements();
        upload("not-a-zip.xlsx", null).andExpect(content().string(allOf(
                containsString("Excelブック（xlsx）ではありません"), containsString("何も書き込んでいません"))));
        upload("zip-bomb.xlsx", null).andExpect(content().string(containsString("zip爆弾")));
        upload("formula.xlsx", null).andExpect(content().string(allOf(containsString("数式は受け付けません"),
                containsString("情報システム"), containsString("目標復旧時間RTO（分）"))));
        upload("formula.csv", null).andExpect(content().string(containsString("数式は受け付けません")));
        upload("wrong-headers.xlsx", null).andExpect(content().string(allOf(
                containsString("不明な列「システム名」"), containsString("列「名称」がありません"))));
        upload("unknown-enum.csv", null).andExpect(content().string(allOf(
                containsString("「たぶん稼働中」は選択できる値ではありません"), containsString("ライフサイクル"))));
        upload("duplicate-keys.csv", null).andExpect(content().string(
                containsString("コード fix-sys-201 はこのファイルの 2 行目にもあります")));
        upload("bad-number.csv", null).andExpect(content().string(containsString("「4時間」は整数ではありません")));
        upload("not-utf8.csv", null).andExpect(content().string(containsString("UTF-8ではありません")));
        upload("some-invalid.csv", null).andExpect(content().string(
                containsString("外部システムサービスの種別を選択してください")));
        assertThat(assets.systems(SystemFilter.none(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
        assertThat(assets.systemByCode("FIX-SYS-201")).isEmpty();
    }

    @Test
    void theUserMayChooseToImportOnlyTheValidRows() throws Exception {
        upload("some-invalid.csv", "VALID_ROWS_ONLY").andExpect(content().string(allOf(
                containsString("登録 1件"), containsString("除外 1行"), containsString("サービス種別"))));
        assertThat(assets.systemByCode("FIX-SYS-601")).isPresent();
        assertThat(assets.systemByCode("FIX-SYS-602")).isEmpty();
    }

    @Test
    void theErrorReportSpeaksTheUsersLanguage() throws Exception {
        byte[] bytes = new ClassPathResource("asset/import/unknown-enum.csv").getContentAsByteArray();
        mvc.perform(multipart("/assets/systems/import").file(new MockMultipartFile("file", "unknown-enum.csv",
                        "text/csv", bytes)).with(WRITER).with(csrf()).cookie(new Cookie("TAISEI_LANG", "en")))
                .andExpect(content().string(allOf(containsString("is not one of the allowed values"),
                        containsString("Nothing was written"))));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        mvc.perform(multipart("/assets/systems/import").file(new MockMultipartFile("file", "big.xlsx",
                        "application/octet-stream", big)).with(WRITER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("20 MB を超えています")));
    }

    @Test
    void theExportHasJapaneseHeadersAndTheRecordsAndTheCsvABom() throws Exception {
        var org = org(organization);
        String code = unique("EXP");
        assets.createSystem(AssetFixtures.saas(code, org));
        byte[] xlsx = mvc.perform(get("/assets/systems/export.xlsx").with(READER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("情報システム");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("コード");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("種別");
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(code)) {
                    found = true;
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("外部システムサービス");
                    assertThat(row.getCell(17).getStringCellValue()).isEqualTo("クラウド（SaaS）");
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo(org.legalEntity().code());
                }
            }
            assertThat(found).isTrue();
        }
        byte[] csv = mvc.perform(get("/assets/systems/export.csv").with(READER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(code).contains("コード,名称,用途・目的");

        byte[] template = mvc.perform(get("/assets/systems/template.csv").with(READER))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(template, StandardCharsets.UTF_8).strip().lines().count()).isEqualTo(1);
        mvc.perform(get("/assets/systems/export.pdf").with(READER)).andExpect(status().isNotFound());
    }

    @Test
    void anExportedWorkbookImportsBackUnchanged() throws Exception {
        var org = org(organization);
        String code = unique("RT");
        SystemSummary original = assets.createSystem(AssetFixtures.inHouse(code, org));
        byte[] xlsx = mvc.perform(get("/assets/systems/export.xlsx").with(READER)).andReturn().getResponse()
                .getContentAsByteArray();
        mvc.perform(multipart("/assets/systems/import").file(new MockMultipartFile("file", "export.xlsx",
                        "application/octet-stream", xlsx)).with(WRITER).with(csrf()))
                .andExpect(content().string(containsString("取り込みました。")));
        SystemSummary again = assets.system(original.id());
        assertThat(again).usingRecursiveComparison().ignoringFields("version").isEqualTo(original);
    }

    @Test
    void readersMayExportButNotImport() throws Exception {
        mvc.perform(get("/assets/systems/import").with(READER)).andExpect(status().isForbidden());
        mvc.perform(multipart("/assets/systems/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                "x".getBytes(StandardCharsets.UTF_8))).with(READER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/assets/systems/template.xlsx").with(READER)).andExpect(status().isOk());
    }

    @Test
    void theApiExportsAndImportsWithTheReportAsJson() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/systems/export").param("format", "CSV").with(READER))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        mvc.perform(multipart("/api/v1/systems/import").file(new MockMultipartFile("file", "unknown-enum.csv",
                        "text/csv", bytes("unknown-enum.csv"))).with(WRITER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.problems[0].sheet").value("CSV"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("ライフサイクル"));
        mvc.perform(multipart("/api/v1/systems/import").file(new MockMultipartFile("file", "valid.csv",
                        "text/csv", bytes("valid.csv"))).with(WRITER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(true));
        mvc.perform(multipart("/api/v1/systems/import").file(new MockMultipartFile("file", "valid.csv",
                        "text/csv", bytes("valid.csv"))).with(READER))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/systems/export").param("format", "PDF").with(READER))
                .andExpect(status().isBadRequest());
    }

    static byte[] bytes(String fixture) throws IOException {
        return new ClassPathResource("asset/import/" + fixture).getContentAsByteArray();
    }
}
