package io.taisei.identity.internal;

import io.taisei.platform.RuleViolationException;

/**
 * A request the identity rules refuse (weak password, duplicate user name, removing the last administrator…).
 * {@code field} names the form field or JSON property at fault (null: the whole request); {@code messageKey} the
 * reason in the identity message bundle. The platform answers it as 400 problem+json on the API.
 */
public class IdentityException extends RuleViolationException {

    public IdentityException(String field, String messageKey) {
        super(Kind.INVALID, field, messageKey);
    }
}
