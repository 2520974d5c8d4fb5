package io.taisei.compliance;

/** Fundamental items (基本的な対応事項) are numbered in the guideline; recommended items (対応が望ましい事項) are lettered. */
public enum ItemKind {
    FUNDAMENTAL,
    RECOMMENDED;

    public String messageKey() {
        return "compliance.kind." + name();
    }
}
