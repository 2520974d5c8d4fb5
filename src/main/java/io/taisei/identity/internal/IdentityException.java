package io.taisei.identity.internal;

/**
 * A request the identity rules refuse (weak password, duplicate user name, removing the last administrator…).
 * {@code field} names the form field or JSON property at fault (null: the whole request); {@code messageKey} the
 * reason in the identity message bundle.
 */
public class IdentityException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public IdentityException(String field, String messageKey) {
        super((field == null ? "" : field + ": ") + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
