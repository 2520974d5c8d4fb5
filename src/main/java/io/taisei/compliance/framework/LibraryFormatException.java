package io.taisei.compliance.framework;

/**
 * A library file that cannot be imported. {@code messageKey} and {@code arguments} say what is wrong and where (the
 * line, and the field or urn) in the message bundles, so the user reads it in their own language.
 */
public class LibraryFormatException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public LibraryFormatException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
