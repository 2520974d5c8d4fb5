package io.taisei.organization;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Set;

import static io.taisei.organization.OrganizationApiTest.READER;
import static io.taisei.organization.OrganizationApiTest.WRITER;
import static io.taisei.organization.OrganizationApiTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organization pages: lists with search, forms with errors beside the field, retirement, permissions. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Test
    void thePeopleListIsSearchedAndFilteredAndHtmxGetsOnlyTheResults() throws Exception {
        String marker = unique("SRCH");
        DepartmentSummary it = department(marker + "-IT");
        DepartmentSummary risk = department(marker + "-RISK");
        person(marker + "-1", "鈴木 一郎", it, Set.of(OrganizationalRole.CISO));
        person(marker + "-2", "高橋 次郎", risk, Set.of());

        mvc.perform(get("/organization/people").with(READER).param("q", marker.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("鈴木 一郎"), containsString("高橋 次郎"),
                        containsString("人員"), containsString("2件"), containsString("navbar"))));
        mvc.perform(get("/organization/people").with(READER).param("q", marker)
                        .param("departmentId", String.valueOf(risk.id().value())).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("高橋 次郎"), not(containsString("鈴木 一郎")),
                        not(containsString("navbar")), not(containsString("<html")))));
        mvc.perform(get("/organization/people").with(READER).param("q", marker).param("role", "CISO"))
                .andExpect(content().string(allOf(containsString("鈴木 一郎"), not(containsString("高橋 次郎")))));
        mvc.perform(get("/organization/departments").with(READER).param("q", marker)
                        .param("legalEntityId", String.valueOf(it.legalEntityId().value())))
                .andExpect(content().string(allOf(containsString(marker + "-IT"), containsString(marker + "-RISK"))));
    }

    @Test
    void thePagesSpeakEnglishWhenChosen() throws Exception {
        mvc.perform(get("/organization/legal-entities").with(READER).cookie(new Cookie("TAISEI_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Legal entities"), containsString("All statuses"),
                        not(containsString("すべての状態")))));
    }

    @Test
    void aWriterCreatesAndEditsALegalEntityThroughTheForms() throws Exception {
        String code = unique("FORM");
        mvc.perform(get("/organization/legal-entities/new").with(WRITER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("法人の登録")));
        mvc.perform(post("/organization/legal-entities/new").with(WRITER).with(csrf())
                        .param("code", code).param("name", "大成証券").param("nameEn", "Taisei Securities")
                        .param("kind", "GROUP_COMPANY").param("country", "jp").param("parentId", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organization/legal-entities"))
                .andExpect(flash().attribute("message", "organization.saved"));
        LegalEntitySummary created = legalEntity(code);
        assertThat(created.country()).isEqualTo("JP");
        assertThat(created.kind()).isEqualTo(LegalEntityKind.GROUP_COMPANY);

        mvc.perform(get("/organization/legal-entities/{id}/edit", created.id().value()).with(WRITER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("大成証券"), containsString("name=\"version\""))));
        mvc.perform(post("/organization/legal-entities/{id}/edit", created.id().value()).with(WRITER).with(csrf())
                        .param("version", String.valueOf(created.version()))
                        .param("code", code).param("name", "大成証券株式会社").param("kind", "GROUP_COMPANY")
                        .param("country", "JP"))
                .andExpect(redirectedUrl("/organization/legal-entities"));
        assertThat(legalEntity(code).name()).isEqualTo("大成証券株式会社");

        // the same stale version again: someone else's change is not overwritten
        mvc.perform(post("/organization/legal-entities/{id}/edit", created.id().value()).with(WRITER).with(csrf())
                        .param("version", String.valueOf(created.version()))
                        .param("code", code).param("name", "上書き").param("kind", "GROUP_COMPANY").param("country", "JP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の人がこのデータを先に変更しました")));
        assertThat(legalEntity(code).name()).isEqualTo("大成証券株式会社");
    }

    @Test
    void invalidFormInputIsShownBesideTheFieldAndNothingIsWritten() throws Exception {
        String code = unique("BAD");
        MvcResult tooLong = mvc.perform(post("/organization/legal-entities/new").with(WRITER).with(csrf())
                        .param("code", code).param("name", "名".repeat(201)).param("kind", "INSTITUTION")
                        .param("country", "ZZ"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(tooLong.getResponse().getContentAsString())
                .containsPattern("id=\"name\"[^>]*>\\s*<div class=\"invalid-feedback\">[^<]*200")
                .containsPattern("id=\"country\"[^>]*>\\s*<div class=\"invalid-feedback\">JP などの ISO 3166 国コード");
        // values a browser cannot send but a tampered request can: still beside the field, never a 500
        mvc.perform(post("/organization/legal-entities/new").with(WRITER).with(csrf())
                        .param("code", code).param("name", "名").param("kind", "NOPE")
                        .param("country", "JP").param("parentId", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("is-invalid"),
                        containsString("整数を入力してください。"),
                        containsString("値の形式が正しくありません。"),
                        not(containsString("Failed to convert")))));
        assertThat(organization.legalEntities(new LegalEntityFilter(code, null, null), Pageable.unpaged())).isEmpty();

        DepartmentSummary department = department(unique("D"));
        String personCode = unique("P");
        mvc.perform(post("/organization/people/new").with(WRITER).with(csrf()).cookie(new Cookie("TAISEI_LANG", "en"))
                        .param("code", personCode).param("name", "Jane").param("email", "jane@@example")
                        .param("nameKana", "Jane").param("departmentId", String.valueOf(department.id().value()))
                        .param("roles", "CISO"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the reading in katakana or hiragana."),
                        containsString("must be a well-formed email address"))));
        mvc.perform(post("/organization/people/new").with(WRITER).with(csrf()).cookie(new Cookie("TAISEI_LANG", "en"))
                        .param("code", personCode).param("name", "Jane").param("email", "jane@example.com")
                        .param("departmentId", String.valueOf(department.id().value())).param("roles", "CISO", "WIZARD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The value has the wrong format.")));
        assertThat(organization.people(new PersonFilter(personCode, null, null, null, null), Pageable.unpaged())).isEmpty();
    }

    @Test
    void aDuplicateCodeIsShownBesideTheCodeField() throws Exception {
        DepartmentSummary existing = department(unique("DUP"));
        MvcResult result = mvc.perform(post("/organization/departments/new").with(WRITER).with(csrf())
                        .param("code", existing.code()).param("name", "別部署")
                        .param("legalEntityId", String.valueOf(existing.legalEntityId().value()))
                        .param("lineOfDefence", "SECOND"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getContentAsString())
                .containsPattern("is-invalid[^>]*>\\s*<div class=\"invalid-feedback\">このコードは既に使われています。");
    }

    @Test
    void retiringALegalEntityWithActiveDepartmentsIsRefusedOnThePage() throws Exception {
        DepartmentSummary department = department(unique("RET"));
        long legalEntity = department.legalEntityId().value();
        // sessions live in the database (Spring Session): the flash message travels with the session cookie
        MvcResult refused = mvc.perform(post("/organization/legal-entities/{id}/retire", legalEntity).with(WRITER).with(csrf())
                        .param("retiredOn", "2026-01-01"))
                .andExpect(redirectedUrl("/organization/legal-entities/" + legalEntity + "/edit"))
                .andReturn();
        mvc.perform(get("/organization/legal-entities/{id}/edit", legalEntity).with(WRITER)
                        .cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("この法人には有効な部署が1件あります。")));
        assertThat(organization.legalEntity(department.legalEntityId()).isActive()).isTrue();

        mvc.perform(post("/organization/departments/{id}/retire", department.id().value()).with(WRITER).with(csrf()))
                .andExpect(redirectedUrl("/organization/departments"));
        mvc.perform(post("/organization/legal-entities/{id}/retire", legalEntity).with(WRITER).with(csrf())
                        .param("retiredOn", "2026-01-01"))
                .andExpect(redirectedUrl("/organization/legal-entities"));
        assertThat(organization.legalEntity(department.legalEntityId()).status()).isEqualTo(OrganizationStatus.RETIRED);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : List.of("/organization", "/organization/legal-entities", "/organization/departments",
                "/organization/people", "/organization/people/new")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/organization/people/new").with(csrf()).param("code", "X"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aRoleWithoutWritePermissionIsRefusedEveryWrite() throws Exception {
        DepartmentSummary department = department(unique("RO"));
        PersonSummary person = person(unique("RO"), "読取 専用", department, Set.of());
        long le = department.legalEntityId().value();
        long d = department.id().value();
        long p = person.id().value();
        for (String path : List.of("/organization/legal-entities/new", "/organization/departments/new",
                "/organization/people/new", "/organization/legal-entities/" + le + "/edit",
                "/organization/departments/" + d + "/edit", "/organization/people/" + p + "/edit")) {
            mvc.perform(get(path).with(READER)).andExpect(status().isForbidden());
            mvc.perform(post(path).with(READER).with(csrf()).param("code", "HACK").param("name", "x"))
                    .andExpect(status().isForbidden());
        }
        for (String path : List.of("/organization/legal-entities/" + le + "/retire", "/organization/departments/" + d
                + "/retire", "/organization/people/" + p + "/retire")) {
            mvc.perform(post(path).with(READER).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(organization.person(person.id()).isActive()).isTrue();
        assertThat(organization.department(department.id()).isActive()).isTrue();
        // nobody without organization.read sees the lists at all
        mvc.perform(get("/organization/people").with(user("ops").authorities(() -> "metrics.read")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organization/people").with(READER))
                .andExpect(content().string(not(containsString("id=\"new-person\""))));
    }

    @Test
    void theNavigationOffersOrganizationOnlyToThoseWhoMayReadIt() throws Exception {
        mvc.perform(get("/").with(READER)).andExpect(content().string(containsString("href=\"/organization\"")));
        mvc.perform(get("/").with(user("ops").authorities(() -> "metrics.read")))
                .andExpect(content().string(not(containsString("href=\"/organization\""))));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private LegalEntitySummary legalEntity(String code) {
        return organization.legalEntities(new LegalEntityFilter(code, null, null), Pageable.unpaged()).getContent().get(0);
    }

    private DepartmentSummary department(String code) {
        LegalEntitySummary legalEntity = organization.createLegalEntity(new LegalEntityDraft(unique("LE"), "法人 " + code,
                null, LegalEntityKind.INSTITUTION, "JP", null));
        return organization.createDepartment(new DepartmentDraft(code, "部署 " + code, null, legalEntity.id().value(),
                null, LineOfDefence.FIRST));
    }

    private PersonSummary person(String code, String name, DepartmentSummary department, Set<OrganizationalRole> roles) {
        return organization.createPerson(new PersonDraft(code, name, null, code.toLowerCase() + "@example.co.jp", null,
                department.id().value(), null, roles, null));
    }

}
