package io.taisei.compliance.assessment;

import io.taisei.platform.RuleViolationException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Evidence links point inside Taisei only: a relative path (never a scheme, host or protocol-relative {@code //})
 * under one of the prefixes where modules show their records. Opening the link shows the record's current state,
 * which is the point: the evidence stays live.
 */
public final class EvidenceLinks {

    /**
     * Path prefix → message key of the kind of record found there. A more specific prefix comes before the one it
     * extends ({@code /vulnerabilities/findings} before {@code /vulnerabilities}).
     */
    static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    /** Pages that are evidence themselves but whose sub-paths are covered above or not at all. */
    static final Map<String, String> PAGES = Map.of("/assets", "assessment.evidence.type.ledger");

    static {
        PREFIXES.put("/assets/systems", "assessment.evidence.type.system");
        PREFIXES.put("/assets/sboms", "assessment.evidence.type.sbom");
        PREFIXES.put("/assets/hardware-software", "assessment.evidence.type.hardwareSoftware");
        PREFIXES.put("/assets/end-of-support", "assessment.evidence.type.hardwareSoftware");
        PREFIXES.put("/assets/data", "assessment.evidence.type.data");
        PREFIXES.put("/assets/connections", "assessment.evidence.type.network");
        PREFIXES.put("/assets/network-zones", "assessment.evidence.type.network");
        PREFIXES.put("/assets/diagrams", "assessment.evidence.type.diagram");
        PREFIXES.put("/assets/ledgers", "assessment.evidence.type.ledger");
        PREFIXES.put("/assets/unmanaged", "assessment.evidence.type.unmanaged");
        PREFIXES.put("/vulnerabilities/findings", "assessment.evidence.type.finding");
        PREFIXES.put("/vulnerabilities/exceptions", "assessment.evidence.type.exception");
        PREFIXES.put("/vulnerabilities", "assessment.evidence.type.advisory");
        PREFIXES.put("/audit", "assessment.evidence.type.audit");
        PREFIXES.put("/organization", "assessment.evidence.type.organization");
        PREFIXES.put("/compliance", "assessment.evidence.type.compliance");
    }

    private static final Pattern ALLOWED = Pattern.compile("/[\\p{L}\\p{N}._~%!$&'()*+,;=:@/?\\-]*");

    private EvidenceLinks() {
    }

    /**
     * The link as it will be stored.
     *
     * @throws RuleViolationException on {@code href} when the link does not stay inside Taisei or is under no known prefix
     */
    public static String validate(String href) {
        String value = href == null ? "" : href.strip();
        if (value.isEmpty() || value.length() > 1000 || !ALLOWED.matcher(value).matches() || value.startsWith("//")
                || value.contains("/../") || value.endsWith("/..") || value.contains("/./")) {
            throw RuleViolationException.invalid("href", "assessment.evidence.href.invalid");
        }
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                throw RuleViolationException.invalid("href", "assessment.evidence.href.invalid");
            }
            if (prefixOf(uri.getRawPath()) == null) {
                throw RuleViolationException.invalid("href", "assessment.evidence.href.unknownPrefix");
            }
        } catch (URISyntaxException e) {
            throw RuleViolationException.invalid("href", "assessment.evidence.href.invalid");
        }
        return value;
    }

    /** The message key of the kind of record a stored link points to. */
    public static String recordTypeKey(String href) {
        int query = href.indexOf('?');
        String prefix = prefixOf(query < 0 ? href : href.substring(0, query));
        return prefix == null ? "assessment.evidence.type.other"
                : PAGES.containsKey(prefix) ? PAGES.get(prefix) : PREFIXES.get(prefix);
    }

    private static String prefixOf(String path) {
        if (PAGES.containsKey(path)) {
            return path;
        }
        for (String prefix : PREFIXES.keySet()) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return prefix;
            }
        }
        return null;
    }
}
