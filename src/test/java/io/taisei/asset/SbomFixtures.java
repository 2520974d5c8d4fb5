package io.taisei.asset;

import io.taisei.asset.sbom.SbomManagement;
import io.taisei.asset.sbom.SbomSummary;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** The SBOM fixtures (src/test/resources/sbom) and derived files the SBOM tests build on. */
final class SbomFixtures {

    /** Every SBOM test class runs with this limit, so that "too large" needs only a few megabytes. */
    static final String LIMIT = "taisei.asset.sbom.max-bytes=3MB";
    static final int LIMIT_BYTES = 3 * 1024 * 1024;

    static final String DROPWIZARD = "cyclonedx-dropwizard-1.3.15.bom.json";
    static final String JUICE_SHOP = "cyclonedx-juice-shop-11.1.2.bom.json";
    static final String JUICE_SHOP_XML = "cyclonedx-juice-shop-via-npm-bare.bom.1.4.xml";
    static final String SPDX = "SPDXJSONExample-v2.3.spdx.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SbomFixtures() {
    }

    static byte[] bytes(String name) {
        try {
            return new ClassPathResource("sbom/" + name).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SbomSummary upload(SbomManagement sboms, SystemId system, String name) {
        byte[] bytes = bytes(name);
        return sboms.upload(system, name, bytes.length, new ByteArrayInputStream(bytes));
    }

    static SbomSummary upload(SbomManagement sboms, SystemId system, String name, byte[] bytes) {
        return sboms.upload(system, name, bytes.length, new ByteArrayInputStream(bytes));
    }

    /**
     * The dropwizard SBOM one release later: jackson-databind upgraded to 2.9.10.1, javassist removed, a new
     * component added (and the graph edges of the removed one dropped).
     */
    static byte[] dropwizardNext() {
        ObjectNode bom = (ObjectNode) JSON.readTree(bytes(DROPWIZARD));
        ArrayNode components = (ArrayNode) bom.get("components");
        String removedRef = null;
        for (int i = components.size() - 1; i >= 0; i--) {
            ObjectNode c = (ObjectNode) components.get(i);
            String name = c.path("name").asString();
            if (name.equals("jackson-databind")) {
                c.put("version", "2.9.10.1");
                c.put("purl", "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10.1?type=jar");
                c.put("bom-ref", "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10.1?type=jar");
            } else if (name.equals("javassist")) {
                removedRef = c.path("bom-ref").asString();
                components.remove(i);
            }
        }
        ObjectNode added = components.addObject();
        added.put("type", "library");
        added.put("group", "org.yaml");
        added.put("name", "snakeyaml-engine");
        added.put("version", "2.7");
        added.put("purl", "pkg:maven/org.yaml/snakeyaml-engine@2.7?type=jar");
        ArrayNode dependencies = (ArrayNode) bom.get("dependencies");
        for (int i = dependencies.size() - 1; i >= 0; i--) {
            JsonNode d = dependencies.get(i);
            if (d.path("ref").asString().equals(removedRef)) {
                dependencies.remove(i);
            }
        }
        bom.put("serialNumber", "urn:uuid:6f1c1a52-5a57-4cde-9a53-2f3b4b1a0c11");
        return JSON.writeValueAsBytes(bom);
    }

    /** A real SBOM padded with blanks to just over the limit: well-formed, only too large. */
    static byte[] tooLarge() {
        byte[] sbom = bytes(JUICE_SHOP);
        byte[] padded = Arrays.copyOf(sbom, LIMIT_BYTES + 1);
        Arrays.fill(padded, sbom.length, padded.length, (byte) ' ');
        return padded;
    }
}
