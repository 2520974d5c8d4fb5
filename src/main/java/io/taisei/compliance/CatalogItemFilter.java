package io.taisei.compliance;

import io.taisei.platform.RuleViolationException;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Narrows a catalog's item list; every part is optional. {@code section} includes its subsections, {@code csfFunction}
 * is a NIST CSF 2.0 function (GV, ID, PR, DE, RS, RC), {@code text} is searched in both summaries and the item id.
 */
public record CatalogItemFilter(ItemKind kind, String section, String csfFunction, String text) {

    public static final CatalogItemFilter NONE = new CatalogItemFilter(null, null, null, null);
    public static final Set<String> CSF_FUNCTIONS = Set.of("GV", "ID", "PR", "DE", "RS", "RC");
    public static final int MAX_TEXT = 200;
    private static final Pattern SECTION = Pattern.compile("2(\\.[0-9]{1,2}){0,3}");

    /**
     * Reads a filter as a user or client typed it; blanks mean "any".
     *
     * @throws RuleViolationException naming the parameter and the message key of the reason
     */
    public static CatalogItemFilter parse(String kind, String section, String csfFunction, String text) {
        ItemKind parsedKind = null;
        if (!blank(kind)) {
            try {
                parsedKind = ItemKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw RuleViolationException.invalid("kind", "compliance.filter.kind.invalid");
            }
        }
        String parsedSection = blank(section) ? null : section.strip();
        if (parsedSection != null && !SECTION.matcher(parsedSection).matches()) {
            throw RuleViolationException.invalid("section", "compliance.filter.section.invalid");
        }
        String function = blank(csfFunction) ? null : csfFunction.strip().toUpperCase(Locale.ROOT);
        if (function != null && !CSF_FUNCTIONS.contains(function)) {
            throw RuleViolationException.invalid("csf", "compliance.filter.csf.invalid");
        }
        String parsedText = blank(text) ? null : text.strip();
        if (parsedText != null && parsedText.length() > MAX_TEXT) {
            throw RuleViolationException.invalid("q", "compliance.filter.text.tooLong");
        }
        return new CatalogItemFilter(parsedKind, parsedSection, function, parsedText);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
