package io.taisei;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code TAISEI_LOG_FORMAT=ecs} as an operator sets it: the packaged application.yml is read by a small Spring Boot
 * application (no web server, no database: only the logging set-up matters), and what reaches the console is
 * captured.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Configuration(proxyBeanMethods = false)
    static class NothingButLogging {
    }

    @Test
    void theEcsFormatWritesEveryLogEventAsOneJsonObjectOnOneLine(CapturedOutput output) {
        // Logging is set up once per JVM; when other test contexts did it before, it must be undone to be redone
        // (closing the application below undoes it again, and the next context sets up its own).
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NothingButLogging.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .run("--TAISEI_LOG_FORMAT=ecs")) {
            LoggerFactory.getLogger("io.taisei.logging-check").warn("first line\nsecond line of the same event");
            LoggerFactory.getLogger("io.taisei.logging-check").info("another event: {}", "値");
        }
        List<String> lines = output.getOut().lines().filter(line -> !line.isBlank())
                .dropWhile(line -> !line.startsWith("{")) // anything printed before logging was configured
                .toList();
        assertThat(lines).isNotEmpty();
        List<JsonNode> events = lines.stream().map(JSON::readTree).toList();
        assertThat(events).allSatisfy(event -> {
            assertThat(event.isObject()).isTrue();
            assertThat(event.has("@timestamp")).isTrue();
            assertThat(event.get("log.level") != null || event.at("/log/level").isString()).isTrue();
        });
        assertThat(events).anySatisfy(event ->
                assertThat(event.get("message").asString()).isEqualTo("first line\nsecond line of the same event"));
        assertThat(events).anySatisfy(event ->
                assertThat(event.get("message").asString()).isEqualTo("another event: 値"));
    }
}
