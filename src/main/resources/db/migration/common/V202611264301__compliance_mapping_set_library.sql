-- What an imported mapping set's library said about itself, so that the set exports as the library it came in (a set
-- imported before this is exported with what is known: its urn, version and name, locale en).
ALTER TABLE cmp_fw_mapping_set ADD COLUMN library_ref_id VARCHAR(200);
ALTER TABLE cmp_fw_mapping_set ADD COLUMN library_name VARCHAR(500);
ALTER TABLE cmp_fw_mapping_set ADD COLUMN library_description VARCHAR(10000);
ALTER TABLE cmp_fw_mapping_set ADD COLUMN locale VARCHAR(20);
ALTER TABLE cmp_fw_mapping_set ADD COLUMN copyright VARCHAR(2000);
ALTER TABLE cmp_fw_mapping_set ADD COLUMN provider VARCHAR(300);
ALTER TABLE cmp_fw_mapping_set ADD COLUMN packager VARCHAR(300);
ALTER TABLE cmp_fw_mapping_set ADD COLUMN publication_date DATE;
