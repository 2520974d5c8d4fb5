package io.taisei.organization;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organization REST API end to end: CRUD, retirement rules, events. Bad input and paging: {@link OrganizationApiBadInputTest}. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class OrganizationApiTest {

    static final RequestPostProcessor WRITER = user("ciso").authorities(
            () -> "organization.read", () -> "organization.write");
    static final RequestPostProcessor READER = user("auditor").authorities(() -> "organization.read");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aWriterCreatesReadsChangesAndRetiresALegalEntity() throws Exception {
        String code = unique("LE");
        String location = mvc.perform(post("/api/v1/legal-entities").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(legalEntityJson(code, "大成銀行", null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/legal-entities/")))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.country").value("JP"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(READER)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("大成銀行"));

        mvc.perform(put(location).with(WRITER).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(legalEntityJson(code, "大成銀行（本店）", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("大成銀行（本店）"))
                .andExpect(jsonPath("$.version").value(1));

        // a client that still holds version 0 may not overwrite version 1
        mvc.perform(put(location).with(WRITER).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(legalEntityJson(code, "古い名前", null)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(post(location + "/retire").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"retiredOn\":\"2026-01-31\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETIRED"))
                .andExpect(jsonPath("$.retiredOn").value("2026-01-31"));
        assertThat(events.stream(LegalEntityRetired.class)).anyMatch(e -> e.code().equals(code));

        mvc.perform(put(location).with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(legalEntityJson(code, "変更不可", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("廃止したデータは変更できません。"));
        mvc.perform(get(location).with(READER)).andExpect(jsonPath("$.name").value("大成銀行（本店）"));
    }

    @Test
    void retiringALegalEntityWithActiveDepartmentsIsRefusedWithAClearMessage() throws Exception {
        long legalEntity = createLegalEntity(unique("LE"), null);
        long department = createDepartment(unique("D"), legalEntity, null);

        mvc.perform(post("/api/v1/legal-entities/{id}/retire", legalEntity).with(WRITER))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("有効な部署が1件")));
        mvc.perform(post("/api/v1/legal-entities/{id}/retire", legalEntity).with(WRITER).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("still has 1 active department")));
        mvc.perform(get("/api/v1/legal-entities/{id}", legalEntity).with(READER))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        mvc.perform(post("/api/v1/departments/{id}/retire", department).with(WRITER)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/legal-entities/{id}/retire", legalEntity).with(WRITER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETIRED"));
        assertThat(events.stream(DepartmentRetired.class)).anyMatch(e -> e.departmentId().value() == department);
    }

    @Test
    void aDepartmentWithActivePeopleOrSubDepartmentsCannotBeRetired() throws Exception {
        long legalEntity = createLegalEntity(unique("LE"), null);
        long department = createDepartment(unique("D"), legalEntity, null);
        long sub = createDepartment(unique("D"), legalEntity, department);
        long person = createPerson(unique("P"), "山田 太郎", "yamada@example.co.jp", sub);

        mvc.perform(post("/api/v1/departments/{id}/retire", department).with(WRITER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("下位部署が1件")));
        mvc.perform(post("/api/v1/departments/{id}/retire", sub).with(WRITER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("人員が1名")));

        mvc.perform(post("/api/v1/people/{id}/retire", person).with(WRITER)).andExpect(status().isOk());
        assertThat(events.stream(PersonRetired.class)).anyMatch(e -> e.personId().value() == person);
        mvc.perform(post("/api/v1/departments/{id}/retire", sub).with(WRITER)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/departments/{id}/retire", department).with(WRITER)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/departments/{id}/retire", department).with(WRITER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("このデータは既に廃止されています。"));
    }

    @Test
    void referencesMustExistBeActiveAndFormNoCycle() throws Exception {
        long parent = createLegalEntity(unique("LE"), null);
        long child = createLegalEntity(unique("LE"), parent);
        String parentCode = JsonPath.read(mvc.perform(get("/api/v1/legal-entities/{id}", parent).with(READER))
                .andReturn().getResponse().getContentAsString(), "$.code");

        mvc.perform(put("/api/v1/legal-entities/{id}", parent).with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(legalEntityJson(parentCode, "親", child)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(post("/api/v1/departments").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(departmentJson(unique("D"), 999_999, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalEntityId"));
        long otherDepartment = createDepartment(unique("D"), child, null);
        mvc.perform(post("/api/v1/departments").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(departmentJson(unique("D"), parent, otherDepartment)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(jsonPath("$.errors[0].message").value("上位部署が別の法人に属しています。"));
    }

    @Test
    void aDuplicateCodeIsAConflictNamingTheField() throws Exception {
        String code = unique("LE");
        createLegalEntity(code, null);
        mvc.perform(post("/api/v1/legal-entities").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(legalEntityJson(code.toLowerCase(), "重複", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("このコードは既に使われています。"));
    }

    @Test
    void anUnknownRecordIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/people/{id}", 987_654).with(READER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.type").value("urn:taisei:problem:not-found"))
                .andExpect(jsonPath("$.instance").value(endsWith("/api/v1/people/987654")));
    }

    @Test
    void peopleKeepTheirResponsibilitiesAndUserLink() throws Exception {
        long legalEntity = createLegalEntity(unique("LE"), null);
        long department = createDepartment(unique("D"), legalEntity, null);
        String username = unique("user").toLowerCase();
        mvc.perform(post("/api/v1/people").with(WRITER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"%s","name":"佐藤 花子","nameKana":"サトウ ハナコ","email":"sato@example.co.jp",
                         "phone":"+81 3-1234-5678","departmentId":%d,"jobTitle":"部長","roles":["CISO","RISK_OWNER"],
                         "username":"%s"}""".formatted(unique("P"), department, username)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles", hasSize(2)))
                .andExpect(jsonPath("$.username").value(username));
        mvc.perform(post("/api/v1/people").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(personJson(unique("P"), "別人", "other@example.co.jp", department)
                                .replace("}", ",\"username\":\"" + username.toUpperCase() + "\"}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void listsAreSearchedFilteredSortedAndPagedInTheDatabase() throws Exception {
        String marker = unique("PG");
        long legalEntity = createLegalEntity(unique("LE"), null);
        long first = createDepartment(marker + "-A", legalEntity, null);
        long second = createDepartment(marker + "-B", legalEntity, null);
        String[] names = {"相田", "伊藤", "上野", "江藤", "小田"};
        for (int i = 0; i < names.length; i++) {
            createPerson(marker + "-" + i, names[i], "p" + i + "@example.co.jp", i < 3 ? first : second);
        }
        mvc.perform(get("/api/v1/people").with(READER).param("q", marker.toLowerCase()).param("size", "2")
                        .param("sort", "code,desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(5))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.content", hasSize(2)))
                .andExpect(jsonPath("$.content[0].code").value(marker + "-4"))
                .andExpect(jsonPath("$.content[1].code").value(marker + "-3"));
        mvc.perform(get("/api/v1/people").with(READER).param("q", marker).param("page", "2").param("size", "2")
                        .param("sort", "code,desc"))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].code").value(marker + "-0"));
        mvc.perform(get("/api/v1/people").with(READER).param("q", marker).param("departmentId", String.valueOf(second)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/people").with(READER).param("legalEntityId", String.valueOf(legalEntity)))
                .andExpect(jsonPath("$.totalElements").value(5));
        mvc.perform(get("/api/v1/people").with(READER).param("q", "p3@EXAMPLE"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].name").value("江藤"));
        String firstPage = mvc.perform(get("/api/v1/people").with(READER).param("q", marker + "-0"))
                .andReturn().getResponse().getContentAsString();
        long firstPerson = ((Number) JsonPath.read(firstPage, "$.content[0].id")).longValue();
        mvc.perform(post("/api/v1/people/{id}/retire", firstPerson).with(WRITER)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people").with(READER).param("q", marker).param("status", "RETIRED"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/departments").with(READER).param("q", marker).param("sort", "code,desc"))
                .andExpect(jsonPath("$.content[0].code").value(marker + "-B"));
        // a percent sign is searched for literally, not as a wildcard
        mvc.perform(get("/api/v1/people").with(READER).param("q", "%"))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void anonymousCallersGet401AndARoleWithoutWritePermissionGets403OnEveryWrite() throws Exception {
        long legalEntity = createLegalEntity(unique("LE"), null);
        long department = createDepartment(unique("D"), legalEntity, null);
        long person = createPerson(unique("P"), "権限 確認", "perm@example.co.jp", department);
        for (String list : List.of("/api/v1/legal-entities", "/api/v1/departments", "/api/v1/people")) {
            mvc.perform(get(list))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
            mvc.perform(get(list).with(user("ops").authorities(() -> "metrics.read")))
                    .andExpect(status().isForbidden());
        }
        String code = unique("NOPE");
        Map<String, String> creates = Map.of(
                "/api/v1/legal-entities", legalEntityJson(code, "x", null),
                "/api/v1/departments", departmentJson(code, legalEntity, null),
                "/api/v1/people", personJson(code, "x", "x@example.com", department));
        Map<String, Long> existing = Map.of("/api/v1/legal-entities", legalEntity, "/api/v1/departments", department,
                "/api/v1/people", person);
        for (var create : creates.entrySet()) {
            String path = create.getKey();
            long id = existing.get(path);
            mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(create.getValue()))
                    .andExpect(status().isUnauthorized());
            mvc.perform(post(path).with(READER).contentType(MediaType.APPLICATION_JSON).content(create.getValue()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("この操作を行う権限がありません。"));
            mvc.perform(put(path + "/" + id).with(READER).contentType(MediaType.APPLICATION_JSON).content(create.getValue()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path + "/" + id + "/retire").with(READER)).andExpect(status().isForbidden());
            mvc.perform(get(path).with(READER).param("q", code)).andExpect(jsonPath("$.totalElements").value(0));
            mvc.perform(get(path + "/" + id).with(READER)).andExpect(jsonPath("$.status").value("ACTIVE"));
        }
    }

    // --- helpers shared with the other organization tests ---------------------------------------------------------

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String legalEntityJson(String code, String name, Long parentId) {
        return """
                {"code":"%s","name":"%s","nameEn":"Taisei Bank","kind":"INSTITUTION","country":"jp","parentId":%s}"""
                .formatted(code, name, parentId);
    }

    static String departmentJson(String code, long legalEntityId, Long parentId) {
        return """
                {"code":"%s","name":"システム部","nameEn":"IT","legalEntityId":%d,"parentId":%s,"lineOfDefence":"FIRST"}"""
                .formatted(code, legalEntityId, parentId);
    }

    static String personJson(String code, String name, String email, long departmentId) {
        return """
                {"code":"%s","name":"%s","email":"%s","departmentId":%d}""".formatted(code, name, email, departmentId);
    }

    long createLegalEntity(String code, Long parentId) throws Exception {
        return id(mvc.perform(post("/api/v1/legal-entities").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                .content(legalEntityJson(code, "法人 " + code, parentId))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
    }

    long createDepartment(String code, long legalEntityId, Long parentId) throws Exception {
        return id(mvc.perform(post("/api/v1/departments").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                .content(departmentJson(code, legalEntityId, parentId))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
    }

    long createPerson(String code, String name, String email, long departmentId) throws Exception {
        return id(mvc.perform(post("/api/v1/people").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                .content(personJson(code, name, email, departmentId))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
