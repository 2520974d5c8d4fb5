package io.taisei.compliance.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A row of cmp_fw_mapping_set_translation: the name and description of the library a mapping set came in
 * ({@code LIBRARY}) or of the set itself ({@code SET}) in one other language.
 */
@Embeddable
record MappingSetTranslationValue(
        @Column(name = "target", nullable = false, length = 10) String target,
        @Column(name = "locale", nullable = false, length = 20) String locale,
        @Column(name = "name", length = 1000) String name,
        @Column(name = "description", length = 10000) String description) {

    static final String LIBRARY = "LIBRARY";
    static final String SET = "SET";
}
