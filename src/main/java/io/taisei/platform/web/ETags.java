package io.taisei.platform.web;

import io.taisei.platform.RuleViolationException;

/** Optimistic concurrency over HTTP: the ETag carries the record's version; If-Match with an older one is refused. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names, or null when there is none (or "*"): then no check is made. */
    public static Long versionFromIfMatch(String ifMatch) {
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
            throw RuleViolationException.invalid("If-Match", "platform.ifMatch");
        }
    }
}
