package io.taisei.asset.diagram;

import java.util.Arrays;
import java.util.Optional;

/** The two diagrams of 2.2.1.4: where data flows, and which network zones the systems sit in. */
public enum DiagramType {
    DATA_FLOW("data-flow"), NETWORK("network");

    private final String slug;

    DiagramType(String slug) {
        this.slug = slug;
    }

    /** The name in URLs and file names. */
    public String slug() {
        return slug;
    }

    public static Optional<DiagramType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
