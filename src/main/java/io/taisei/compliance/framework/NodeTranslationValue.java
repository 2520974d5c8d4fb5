package io.taisei.compliance.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of cmp_fw_node_translation (keyed by node and language): a requirement node's texts in one other language. */
@Embeddable
record NodeTranslationValue(
        @Column(name = "name", length = 1000) String name,
        @Column(name = "description", length = 20000) String description,
        @Column(name = "annotation", length = 20000) String annotation,
        @Column(name = "typical_evidence", length = 20000) String typicalEvidence) {

    static NodeTranslationValue of(Translation t) {
        return new NodeTranslationValue(t.name(), t.description(), t.annotation(), t.typicalEvidence());
    }

    Translation translation() {
        return new Translation(name, description, annotation, typicalEvidence);
    }
}
