-- Translations that a mapping set's CISO Assistant library carries (translations: per language code) on the library
-- and on the set, kept so that the set's name reads in the user's language and the set exports as it came.
-- Hash of those translations; null for sets imported before they were kept (such a set takes them once from the same
-- file imported again).
ALTER TABLE cmp_fw_mapping_set ADD COLUMN translations_hash VARCHAR(64);

-- Names and descriptions of the library (LIBRARY) and of the set (SET) in other languages; read with their set.
CREATE TABLE cmp_fw_mapping_set_translation (
    mapping_set_id BIGINT         NOT NULL REFERENCES cmp_fw_mapping_set (id),
    position       INT            NOT NULL,
    target         VARCHAR(10)    NOT NULL,
    locale         VARCHAR(20)    NOT NULL,
    name           VARCHAR(1000),
    description    VARCHAR(10000),
    PRIMARY KEY (mapping_set_id, position),
    CONSTRAINT cmp_fw_mapping_set_translation_target_ck CHECK (target IN ('LIBRARY', 'SET'))
);
