package io.taisei.asset.sbom.internal;

import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CycloneDX XML is refused with any DOCTYPE before cyclonedx-core-java sees it; the library is safe on its own too. */
class SbomReaderXmlTest {

    private static byte[] bytes(String name) throws IOException {
        return new ClassPathResource("sbom/" + name).getContentAsByteArray();
    }

    @Test
    void xmlWithAnExternalEntityOrEntityExpansionIsRefusedBeforeTheLibraryReadsIt() throws IOException {
        for (String fixture : List.of("bad/xxe.cdx.xml", "bad/billion-laughs.cdx.xml")) {
            assertThatThrownBy(() -> new SbomReader().read(bytes(fixture))).as(fixture)
                    .isInstanceOfSatisfying(SbomFileRefused.class,
                            e -> assertThat(e.messageKey()).isEqualTo("sbom.file.xmlDoctype"));
        }
    }

    @Test
    void theSpecVersionOfCycloneDxXmlComesFromTheRootNamespace() throws IOException {
        assertThat(SbomReader.cycloneDxXmlVersion(bytes("cyclonedx-juice-shop-via-npm-bare.bom.1.4.xml"))).isEqualTo("1.4");
        assertThatThrownBy(() -> SbomReader.cycloneDxXmlVersion(bytes("bad/unsupported-version.cdx.xml")))
                .isInstanceOfSatisfying(SbomFileRefused.class,
                        e -> assertThat(e.arguments()).containsExactly("CycloneDX", "1.1"));
    }

    /**
     * Defence in depth, and a guard against a library upgrade that loosens its XML set-up: handed the hostile files
     * directly, cyclonedx-core-java refuses them or at least neither resolves the entity nor expands it.
     */
    @Test
    void theLibraryOnItsOwnNeitherResolvesExternalEntitiesNorExpandsThem() throws IOException {
        for (String fixture : List.of("bad/xxe.cdx.xml", "bad/billion-laughs.cdx.xml")) {
            byte[] file = bytes(fixture);
            try {
                Bom bom = new XmlParser().parse(file);
                List<Component> components = bom.getComponents() == null ? List.of() : bom.getComponents();
                assertThat(components).as(fixture).allSatisfy(c -> assertThat(String.valueOf(c.getName()))
                        .doesNotContain("root:").hasSizeLessThan(1_000));
            } catch (ParseException refused) {
                // refused outright: what we want
            }
        }
    }
}
