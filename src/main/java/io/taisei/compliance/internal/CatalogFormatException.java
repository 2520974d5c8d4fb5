package io.taisei.compliance.internal;

/** A catalog file that cannot be loaded: broken YAML, an unknown or missing field, a malformed or duplicate id. */
public class CatalogFormatException extends RuntimeException {

    public CatalogFormatException(String source, String reason) {
        super(source + ": " + reason);
    }

    public CatalogFormatException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
    }
}
