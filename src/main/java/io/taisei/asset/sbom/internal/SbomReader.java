package io.taisei.asset.sbom.internal;

import io.taisei.asset.sbom.SbomFormat;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.Set;

/**
 * Tells CycloneDX JSON, CycloneDX XML and SPDX JSON apart and reads them; anything else, a malformed file, an
 * unsupported spec version or XML with a document type declaration is refused with {@link SbomFileRefused}.
 *
 * <p>CycloneDX is read by cyclonedx-core-java. Its XML parser finds the schema version through a DOM parser with
 * secure processing and no external access, then binds through Jackson XML (Woodstox). Rather than rely on both
 * being configured safely, the XML is first streamed here through the JDK's own StAX parser with DTD support off,
 * and any DOCTYPE is refused before the library sees the file: without a DTD there can be neither external entities
 * (XXE) nor entity expansion ("billion laughs").
 */
public final class SbomReader {

    static final Set<String> CYCLONEDX_VERSIONS = Set.of("1.2", "1.3", "1.4", "1.5", "1.6");
    private static final String CYCLONEDX_NAMESPACE = "http://cyclonedx.org/schema/bom/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The JDK's built-in StAX implementation (not whichever the class path offers first), hardened. */
    private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XML.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
    }

    public ParsedSbom read(byte[] file) {
        int start = firstSignificantByte(file);
        if (start < 0) {
            throw new SbomFileRefused("sbom.file.empty");
        }
        return switch (file[start]) {
            case '{' -> readJson(file);
            case '<' -> readXml(file);
            default -> throw new SbomFileRefused("sbom.file.unknownFormat");
        };
    }

    // --- JSON -----------------------------------------------------------------------------------------------------

    private record JsonHeader(String bomFormat, String specVersion, String spdxVersion) {
    }

    private ParsedSbom readJson(byte[] file) {
        JsonHeader header = jsonHeader(file);
        if ("CycloneDX".equals(header.bomFormat())) {
            String version = header.specVersion();
            if (version == null || !CYCLONEDX_VERSIONS.contains(version)) {
                throw new SbomFileRefused("sbom.file.unsupportedVersion", "CycloneDX", String.valueOf(version));
            }
            Bom bom;
            try {
                bom = new org.cyclonedx.parsers.JsonParser().parse(file);
            } catch (ParseException | RuntimeException e) {
                throw new SbomFileRefused("sbom.file.notCycloneDx", "JSON");
            }
            return CycloneDxModel.toParsed(bom, SbomFormat.CYCLONEDX_JSON, version);
        }
        if (header.spdxVersion() != null) {
            if (!"SPDX-2.3".equals(header.spdxVersion())) {
                throw new SbomFileRefused("sbom.file.unsupportedVersion", "SPDX", header.spdxVersion());
            }
            JsonNode root;
            try {
                root = JSON.readTree(file);
            } catch (JacksonException e) {
                throw malformedJson(e);
            }
            return SpdxJson.toParsed(root);
        }
        throw new SbomFileRefused("sbom.file.unknownFormat");
    }

    /** Streams through the whole document (so that a malformed one is refused with its place) and keeps the header. */
    private static JsonHeader jsonHeader(byte[] file) {
        String bomFormat = null;
        String specVersion = null;
        String spdxVersion = null;
        try (JsonParser parser = JSON.createParser(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SbomFileRefused("sbom.file.unknownFormat");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    switch (name) {
                        case "bomFormat" -> bomFormat = parser.getString();
                        case "specVersion" -> specVersion = parser.getString();
                        case "spdxVersion" -> spdxVersion = parser.getString();
                        default -> {
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentLocation();
                throw new SbomFileRefused("sbom.file.malformedJson", at.getLineNr(), at.getColumnNr());
            }
        } catch (JacksonException e) {
            throw malformedJson(e);
        }
        return new JsonHeader(bomFormat, specVersion, spdxVersion);
    }

    private static SbomFileRefused malformedJson(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return new SbomFileRefused("sbom.file.malformedJson", at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr());
    }

    // --- XML ------------------------------------------------------------------------------------------------------

    private ParsedSbom readXml(byte[] file) {
        String version = cycloneDxXmlVersion(file);
        Bom bom;
        try {
            bom = new org.cyclonedx.parsers.XmlParser().parse(file);
        } catch (ParseException | RuntimeException e) {
            throw new SbomFileRefused("sbom.file.notCycloneDx", "XML");
        }
        return CycloneDxModel.toParsed(bom, SbomFormat.CYCLONEDX_XML, version);
    }

    /**
     * Streams the whole document with the hardened parser: refuses a DOCTYPE (XXE, entity expansion) and malformed
     * XML, and answers the spec version from the root element's namespace.
     */
    static String cycloneDxXmlVersion(byte[] file) {
        XMLStreamReader xml = null;
        String namespace = null;
        String root = null;
        try {
            xml = XML.createXMLStreamReader(new ByteArrayInputStream(file));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION
                        || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new SbomFileRefused("sbom.file.xmlDoctype");
                }
                if (event == XMLStreamConstants.START_ELEMENT && root == null) {
                    root = xml.getLocalName();
                    namespace = xml.getNamespaceURI();
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new SbomFileRefused("sbom.file.malformedXml", at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber());
        } finally {
            close(xml);
        }
        if (!"bom".equals(root) || namespace == null || !namespace.startsWith(CYCLONEDX_NAMESPACE)) {
            throw new SbomFileRefused("sbom.file.unknownFormat");
        }
        String version = namespace.substring(CYCLONEDX_NAMESPACE.length());
        if (!CYCLONEDX_VERSIONS.contains(version)) {
            throw new SbomFileRefused("sbom.file.unsupportedVersion", "CycloneDX", version);
        }
        return version;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // already read or refused
            }
        }
    }

    /** Index of the first byte after a UTF-8 byte order mark and white space, or -1 when there is none. */
    private static int firstSignificantByte(byte[] file) {
        int i = 0;
        if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < file.length && (file[i] == ' ' || file[i] == '\t' || file[i] == '\r' || file[i] == '\n')) {
            i++;
        }
        return i < file.length ? i : -1;
    }
}
