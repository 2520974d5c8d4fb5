package io.taisei.compliance.framework;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Library fixtures of src/test/resources/frameworks, optionally with their urns made unique for one test. */
public final class FrameworkFixtures {

    public static final RequestPostProcessor READER = user("reader").authorities(new SimpleGrantedAuthority("compliance.read"));
    public static final RequestPostProcessor WRITER = user("writer").authorities(
            new SimpleGrantedAuthority("compliance.read"), new SimpleGrantedAuthority("compliance.write"));

    private FrameworkFixtures() {
    }

    public static byte[] bytes(String fixture) {
        try (InputStream in = FrameworkFixtures.class.getResourceAsStream("/frameworks/" + fixture)) {
            if (in == null) {
                throw new IllegalStateException(fixture + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's text with {@code example} in every urn replaced by a token unique to the caller. */
    public static String unique(String fixture, String token) {
        return new String(bytes(fixture), StandardCharsets.UTF_8).replace("urn:example:", "urn:" + token + ":");
    }

    public static String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "application/yaml", content.getBytes(StandardCharsets.UTF_8));
    }

    public static MockMultipartFile file(String fixture) {
        return new MockMultipartFile("file", fixture.substring(fixture.lastIndexOf('/') + 1), "application/yaml",
                bytes(fixture));
    }
}
