-- Codes are unique ignoring case and looked up that way (imports look up every row). lower(code) = ? scans the whole
-- table on H2, which has no expression indexes; a generated upper-case column with a unique index serves both the
-- lookup and the uniqueness.
ALTER TABLE ast_system ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (UPPER(code));
CREATE UNIQUE INDEX ast_system_code_key_uk ON ast_system (code_key);
ALTER TABLE ast_hardware_software ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (UPPER(code));
CREATE UNIQUE INDEX ast_hardware_software_code_key_uk ON ast_hardware_software (code_key);
ALTER TABLE ast_data ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (UPPER(code));
CREATE UNIQUE INDEX ast_data_code_key_uk ON ast_data (code_key);
ALTER TABLE ast_network_zone ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (UPPER(code));
CREATE UNIQUE INDEX ast_network_zone_code_key_uk ON ast_network_zone (code_key);
ALTER TABLE ast_connection ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (UPPER(code));
CREATE UNIQUE INDEX ast_connection_code_key_uk ON ast_connection (code_key);
