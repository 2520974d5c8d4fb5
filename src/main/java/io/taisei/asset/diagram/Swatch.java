package io.taisei.asset.diagram;

import io.taisei.asset.Importance;

/**
 * The colours both renderers use: systems are filled by importance (red the most important, green the least), external
 * services have a dashed border, parties outside are grey with round corners, zones pale blue.
 */
public enum Swatch {
    CRITICAL("#f8d7da", "#b02a37"),
    HIGH("#ffe5d0", "#ca6510"),
    MEDIUM("#fff3cd", "#997404"),
    LOW("#d1e7dd", "#146c43"),
    EXTERNAL_SERVICE("#ffffff", "#495057"),
    OUTSIDE_PARTY("#e9ecef", "#6c757d"),
    ZONE("#f1f6fd", "#6f9fd8");

    static final String TEXT = "#212529";
    static final String EDGE = "#495057";
    static final String LABEL_BACKGROUND = "#ffffff";

    private final String fill;
    private final String stroke;

    Swatch(String fill, String stroke) {
        this.fill = fill;
        this.stroke = stroke;
    }

    public String fill() {
        return fill;
    }

    public String stroke() {
        return stroke;
    }

    static Swatch of(Importance importance) {
        return valueOf(importance.name());
    }

    /** The swatch a node is filled with; an external service keeps its importance colour and gets a dashed border. */
    static Swatch of(DiagramGraph.Node node) {
        if (node.kind() == NodeKind.OUTSIDE_PARTY || node.importance() == null) {
            return OUTSIDE_PARTY;
        }
        return of(node.importance());
    }

    static boolean dashed(DiagramGraph.Node node) {
        return node.kind() == NodeKind.EXTERNAL_SERVICE;
    }

    static double cornerRadius(DiagramGraph.Node node) {
        return node.kind() == NodeKind.OUTSIDE_PARTY ? 14 : 4;
    }
}
