package io.taisei.asset.sbom.internal;

/**
 * An SBOM file that cannot be stored; {@code messageKey} and {@code arguments} say why in the {@code sbom} bundle.
 * The file name is added as the first argument when the refusal reaches the user.
 */
public class SbomFileRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public SbomFileRefused(String messageKey, Object... arguments) {
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
