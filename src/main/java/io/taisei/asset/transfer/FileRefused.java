package io.taisei.asset.transfer;

/** A file that cannot be read at all (not an xlsx, a zip bomb, too large, bad encoding); nothing is written. */
public class FileRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public FileRefused(String messageKey, Object... arguments) {
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
