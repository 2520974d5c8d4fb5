package io.taisei.organization.api;

import io.taisei.platform.RuleViolationException;

/**
 * Optimistic concurrency over HTTP: GET answers with {@code ETag} carrying the version, and a change sent with
 * {@code If-Match} carrying an older version is refused (409) when the record has changed since.
 */
final class Versions {

    private Versions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException malformed) {
            throw RuleViolationException.invalid("If-Match", "organization.rule.ifMatch");
        }
    }
}
