-- Translations that CISO Assistant library files carry (translations: per language code) on the library, the
-- framework, its implementation groups and its requirement nodes, kept so that a framework reads in the user's language
-- and exports back as it came. The library's description is kept beside them.
ALTER TABLE cmp_fw_framework ADD COLUMN library_description VARCHAR(10000);
-- Hash of the library's description and every translation; null for versions imported before they were kept (such a
-- version takes them once from the same file imported again).
ALTER TABLE cmp_fw_framework ADD COLUMN translations_hash VARCHAR(64);

-- Names and descriptions of the library (LIBRARY), the framework (FRAMEWORK) and each implementation group (GROUP, by
-- ref_id) in other languages; read with their framework, never searched on their own.
CREATE TABLE cmp_fw_framework_translation (
    framework_id BIGINT         NOT NULL REFERENCES cmp_fw_framework (id),
    position     INT            NOT NULL,
    target       VARCHAR(10)    NOT NULL,
    group_ref_id VARCHAR(100),
    locale       VARCHAR(20)    NOT NULL,
    name         VARCHAR(1000),
    description  VARCHAR(10000),
    PRIMARY KEY (framework_id, position),
    CONSTRAINT cmp_fw_framework_translation_target_ck CHECK (target IN ('LIBRARY', 'FRAMEWORK', 'GROUP'))
);

-- A requirement node's texts in other languages, one row per node and language (the key also serves the lookups by
-- node, for a page of nodes at a time).
CREATE TABLE cmp_fw_node_translation (
    node_id          BIGINT         NOT NULL REFERENCES cmp_fw_node (id),
    locale           VARCHAR(20)    NOT NULL,
    name             VARCHAR(1000),
    description      VARCHAR(20000),
    annotation       VARCHAR(20000),
    typical_evidence VARCHAR(20000),
    PRIMARY KEY (node_id, locale)
);
