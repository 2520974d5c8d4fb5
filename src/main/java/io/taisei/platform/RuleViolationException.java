package io.taisei.platform;

/**
 * A change refused by a business rule (a duplicate code, retiring a legal entity that still has active departments,
 * a parent that would make a cycle). {@code messageKey} and {@code arguments} name the reason in the message bundles,
 * so the API (problem+json) and the pages (beside {@code field}, or above the form when {@code field} is null) can
 * explain it in the user's language.
 */
public class RuleViolationException extends RuntimeException {

    /** Whether the input itself is unacceptable (400) or clashes with the current state of the records (409). */
    public enum Kind { INVALID, CONFLICT }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    protected RuleViolationException(Kind kind, String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static RuleViolationException invalid(String field, String messageKey, Object... arguments) {
        return new RuleViolationException(Kind.INVALID, field, messageKey, arguments);
    }

    public static RuleViolationException conflict(String field, String messageKey, Object... arguments) {
        return new RuleViolationException(Kind.CONFLICT, field, messageKey, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field the rule concerns, or null when it concerns the record as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
