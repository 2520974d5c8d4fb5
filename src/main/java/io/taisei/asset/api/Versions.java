package io.taisei.asset.api;

import io.taisei.platform.RuleViolationException;

/** Optimistic concurrency over HTTP: the ETag carries the version; If-Match with an older one is refused (409). */
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
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException malformed) {
            throw RuleViolationException.invalid("If-Match", "asset.rule.ifMatch");
        }
    }
}
