package io.taisei.compliance.framework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static io.taisei.compliance.framework.FrameworkFixtures.WRITER;
import static io.taisei.compliance.framework.FrameworkFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/** {@code taisei.compliance.framework.max-bytes} set low, so that a small fixture is "too large". */
@SpringBootTest(properties = "taisei.compliance.framework.max-bytes=4096")
@AutoConfigureMockMvc
class FrameworkSizeLimitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileLargerThanTheSettingIsRefusedAndNothingIsStored() throws Exception {
        mvc.perform(multipart("/api/v1/frameworks").file(file("bad/too-large.yaml")).with(WRITER).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("larger than 4 KB")));
        assertThat(jdbc.queryForObject("select count(*) from cmp_fw_framework", Long.class)).isZero();
        // a small file still goes in
        mvc.perform(multipart("/api/v1/frameworks").file(file("csf-like.yaml")).with(WRITER).with(csrf()))
                .andExpect(status().isCreated());
    }
}
