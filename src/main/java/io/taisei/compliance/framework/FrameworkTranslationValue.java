package io.taisei.compliance.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A row of cmp_fw_framework_translation: the name and description of the library ({@code LIBRARY}), the framework
 * ({@code FRAMEWORK}) or one implementation group ({@code GROUP}, with its ref_id) in one other language.
 */
@Embeddable
record FrameworkTranslationValue(
        @Column(name = "target", nullable = false, length = 10) String target,
        @Column(name = "group_ref_id", length = 100) String groupRefId,
        @Column(name = "locale", nullable = false, length = 20) String locale,
        @Column(name = "name", length = 1000) String name,
        @Column(name = "description", length = 10000) String description) {

    static final String LIBRARY = "LIBRARY";
    static final String FRAMEWORK = "FRAMEWORK";
    static final String GROUP = "GROUP";

    Translation translation() {
        return new Translation(name, description, null, null);
    }
}
