package io.taisei.compliance;

import io.taisei.identity.Role;
import io.taisei.platform.Permissions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Arrays;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@SpringBootTest
@AutoConfigureMockMvc
class CatalogPagesTest {

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
    void theCatalogPageShowsTheSectionTreeWithCountsFromTheData() throws Exception {
        mvc.perform(reader(get("/compliance/catalog").param("catalog", String.valueOf(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("基本的な対応事項 126 件、対応が望ましい事項 50 件")))
                .andExpect(content().string(containsString("ハードウェア・ソフトウェア等")))
                .andExpect(content().string(containsString("非公式")))
                .andExpect(content().string(containsString("href=\"/compliance/catalog\"")));
    }

    @Test
    void filtersNarrowTheListAndABadFilterIsShownBesideItsField() throws Exception {
        mvc.perform(reader(get("/compliance/catalog").param("catalog", String.valueOf(id))
                        .param("kind", "RECOMMENDED").param("section", "2.2.1.2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 件")))
                .andExpect(content().string(containsString("2.2.1.2-e")))
                .andExpect(content().string(not(containsString(">2.2.1.2-1<"))));
        mvc.perform(reader(get("/compliance/catalog").param("catalog", String.valueOf(id)).param("csf", "ZZ")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CSF 機能は GV、ID、PR、DE、RS、RC のいずれか")));
    }

    @Test
    void anItemShowsTheUsersLanguageFirstAndTheOtherBeneath() throws Exception {
        CatalogItemSummary item = catalogs.item(new CatalogItemId(new CatalogId(id), "2.2.1.2-e")).orElseThrow();
        String japanese = mvc.perform(reader(get("/compliance/catalog/" + id + "/items/2.2.1.2-e")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(japanese.indexOf(item.summaryJa())).isPositive().isLessThan(japanese.indexOf(item.summaryEn()));
        assertThat(japanese).contains("非公式", "ID.AM", "資産管理", "情報資産台帳");

        String english = mvc.perform(reader(get("/compliance/catalog/" + id + "/items/2.2.1.2-e"))
                        .cookie(new Cookie("TAISEI_LANG", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english.indexOf(item.summaryEn())).isPositive().isLessThan(english.indexOf(item.summaryJa()));
        assertThat(english).contains("unofficial", "Asset Management");
        mvc.perform(reader(get("/compliance/catalog/" + id + "/items/2.9-1"))).andExpect(status().isNotFound());
    }

    @Test
    void theDiffPageComparesTwoRevisions() throws Exception {
        mvc.perform(reader(get("/compliance/catalog/diff")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("版の比較")));
        mvc.perform(reader(get("/compliance/catalog/diff").param("from", String.valueOf(id)).param("to", String.valueOf(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("追加 0 件、削除 0 件、変更 0 件")));
    }

    @Test
    void everyRoleButThirdPartyAndOperatorMayReadTheCatalog() {
        EnumSet<Role> readers = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permissions.COMPLIANCE_READ)).forEach(readers::add);
        assertThat(readers).isEqualTo(EnumSet.complementOf(EnumSet.of(Role.THIRD_PARTY, Role.OPERATOR)));
    }

    private static MockHttpServletRequestBuilder reader(MockHttpServletRequestBuilder request) {
        return request.with(user("reader").authorities(new SimpleGrantedAuthority("compliance.read")));
    }
}
