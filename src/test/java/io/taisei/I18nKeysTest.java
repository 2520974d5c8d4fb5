package io.taisei;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class I18nKeysTest {

    @Test
    void everyMessageKeyExistsInBothJapaneseAndEnglish() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int bundles = 0;
        for (Resource en : english) {
            String file = en.getFilename();
            if (file == null || file.contains("_")) {
                continue;
            }
            bundles++;
            Resource ja = en.createRelative(file.replace(".properties", "_ja.properties"));
            assertThat(ja.exists()).as("Japanese bundle for %s", file).isTrue();
            Set<String> enKeys = keys(en);
            Set<String> jaKeys = keys(ja);
            assertThat(new TreeSet<>(jaKeys)).as("keys of %s missing in Japanese or English", file)
                    .isEqualTo(new TreeSet<>(enKeys));
            assertThat(load(ja).values()).as("empty Japanese messages in %s", file).noneMatch(v -> v.toString().isBlank());
        }
        assertThat(bundles).isGreaterThan(0);
    }

    private static Set<String> keys(Resource resource) throws IOException {
        return load(resource).stringPropertyNames();
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
