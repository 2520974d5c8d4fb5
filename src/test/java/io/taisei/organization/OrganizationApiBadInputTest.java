package io.taisei.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;

import static io.taisei.organization.OrganizationApiTest.READER;
import static io.taisei.organization.OrganizationApiTest.WRITER;
import static io.taisei.organization.OrganizationApiTest.departmentJson;
import static io.taisei.organization.OrganizationApiTest.legalEntityJson;
import static io.taisei.organization.OrganizationApiTest.personJson;
import static io.taisei.organization.OrganizationApiTest.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input never reaches the database and never gets a 500: each case is a 4xx problem+json that names the field,
 * and afterwards the record does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationApiBadInputTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anOverLongNameIsRefusedNamingTheFieldInJapaneseByDefault() throws Exception {
        String code = unique("LONG");
        refusedAndNotWritten(postJson("/api/v1/legal-entities", legalEntityJson(code, "長".repeat(201), null)), code)
                .andExpect(jsonPath("$.type").value("urn:taisei:problem:validation"))
                .andExpect(jsonPath("$.title").value("不正なリクエスト"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("200")));
    }

    @Test
    void validationMessagesFollowAcceptLanguage() throws Exception {
        String code = unique("EN");
        mvc.perform(post("/api/v1/legal-entities").with(WRITER).header("Accept-Language", "en-US,en;q=0.9")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(legalEntityJson(code, "x", null).replace("\"jp\"", "\"XX\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.errors[0].field").value("country"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a two-letter ISO 3166 country code such as JP."));
    }

    @Test
    void aMalformedEmailIsRefused() throws Exception {
        long department = department();
        String code = unique("P");
        for (String email : new String[]{"not-an-email", "a@b", "two@@example.com", "spaces in@example.com"}) {
            mvc.perform(post("/api/v1/people").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                            .content(personJson(code, "名前", email, department)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem("email")));
        }
        notWritten("/api/v1/people", code);
    }

    @Test
    void aWrongJsonTypeNamesTheFieldAndTheExpectedType() throws Exception {
        String code = unique("D");
        refusedAndNotWritten(postJson("/api/v1/departments", departmentJson(code, 1, null)
                .replace("\"legalEntityId\":1", "\"legalEntityId\":\"abc\"")), code, "/api/v1/departments")
                .andExpect(jsonPath("$.errors[0].field").value("legalEntityId"))
                .andExpect(jsonPath("$.errors[0].message").value("整数を指定してください。"));
        mvc.perform(post("/api/v1/people").with(WRITER).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(personJson(code, "名前", "a@example.com", 1).replace("}", ",\"roles\":{\"x\":1}}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message").value("Expected an array."));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() throws Exception {
        String code = unique("LE");
        refusedAndNotWritten(postJson("/api/v1/legal-entities", legalEntityJson(code, "x", null)
                .replace("INSTITUTION", "BANK")), code)
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        containsString("INSTITUTION, GROUP_COMPANY, OVERSEAS_BRANCH, OTHER")));
        mvc.perform(get("/api/v1/legal-entities").with(READER).param("status", "GONE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ACTIVE, RETIRED")));
        String person = personJson(unique("P"), "x", "x@example.com", department()).replace("}", ",\"roles\":[\"HERO\"]}");
        postJson("/api/v1/people", person)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("CISO")));
    }

    @Test
    void malformedJsonSaysWhereWithoutLeakingParserInternals() throws Exception {
        postJson("/api/v1/legal-entities", "{\"code\": \"X\",\n \"name\": }")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:taisei:problem:malformed-request"))
                .andExpect(jsonPath("$.detail").value(containsString("2行目")))
                .andExpect(content().string(allOf(not(containsString("jackson")), not(containsString("Exception")))));
        postJson("/api/v1/legal-entities", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("JSON形式のリクエスト本文が必要です。"));
    }

    @Test
    void anOversizedBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        String code = unique("BIG");
        String huge = legalEntityJson(code, "x", null).replace("\"nameEn\":\"Taisei Bank\"",
                "\"nameEn\":\"" + "a".repeat(1024 * 1024) + "\"");
        mvc.perform(post("/api/v1/legal-entities").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(huge.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.title").value("リクエストが大きすぎます"));
        notWritten("/api/v1/legal-entities", code);
    }

    @Test
    void aWrongContentTypeOrMethodIsAProblemToo() throws Exception {
        mvc.perform(post("/api/v1/legal-entities").with(WRITER).contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/legal-entities").with(WRITER).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow")); // its problem+json body comes from /error: see ErrorPagesTest
        mvc.perform(get("/api/v1/legal-entities/abc").with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    // --- paging ----------------------------------------------------------------------------------------------------

    @Test
    void aPageLargerThanTheMaximumIsRefused() throws Exception {
        mvc.perform(get("/api/v1/people").with(READER).param("size", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("ページサイズは1から200の範囲で指定してください。"));
        mvc.perform(get("/api/v1/people").with(READER).param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/people").with(READER).param("size", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void anUnknownSortFieldIsRefused() throws Exception {
        mvc.perform(get("/api/v1/departments").with(READER).param("sort", "version,desc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"))
                .andExpect(jsonPath("$.errors[0].message").value("この項目では並べ替えできません。"));
        mvc.perform(get("/api/v1/departments").with(READER).param("sort", "name,sideways").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The sort direction must be asc or desc."));
    }

    @Test
    void anOverLongSearchTextIsRefused() throws Exception {
        mvc.perform(get("/api/v1/people").with(READER).param("q", "x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).with(WRITER).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions refusedAndNotWritten(ResultActions result, String code) throws Exception {
        return refusedAndNotWritten(result, code, "/api/v1/legal-entities");
    }

    private ResultActions refusedAndNotWritten(ResultActions result, String code, String listPath) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        notWritten(listPath, code);
        return result;
    }

    private void notWritten(String listPath, String code) throws Exception {
        mvc.perform(get(listPath).with(READER).param("q", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    private long department() throws Exception {
        String le = mvc.perform(post("/api/v1/legal-entities").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                .content(legalEntityJson(unique("LE"), "x", null))).andReturn().getResponse().getContentAsString();
        String d = mvc.perform(post("/api/v1/departments").with(WRITER).contentType(MediaType.APPLICATION_JSON)
                .content(departmentJson(unique("D"), OrganizationApiTest.id(le), null))).andReturn().getResponse()
                .getContentAsString();
        return OrganizationApiTest.id(d);
    }
}
