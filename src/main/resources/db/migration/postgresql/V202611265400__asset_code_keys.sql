-- Codes are unique ignoring case and looked up that way (imports look up every row): a generated upper-case column
-- with a unique index serves both the lookup and the uniqueness (the same column as on H2, which has no expression
-- indexes), and replaces the lower(code) B-tree indexes.
ALTER TABLE ast_system ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (upper(code)) STORED;
CREATE UNIQUE INDEX ast_system_code_key_uk ON ast_system (code_key);
DROP INDEX IF EXISTS ast_system_code_lower_ix;
ALTER TABLE ast_hardware_software ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (upper(code)) STORED;
CREATE UNIQUE INDEX ast_hardware_software_code_key_uk ON ast_hardware_software (code_key);
DROP INDEX IF EXISTS ast_hardware_software_code_lower_ix;
ALTER TABLE ast_data ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (upper(code)) STORED;
CREATE UNIQUE INDEX ast_data_code_key_uk ON ast_data (code_key);
DROP INDEX IF EXISTS ast_data_code_lower_ix;
ALTER TABLE ast_network_zone ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (upper(code)) STORED;
CREATE UNIQUE INDEX ast_network_zone_code_key_uk ON ast_network_zone (code_key);
DROP INDEX IF EXISTS ast_network_zone_code_lower_ix;
ALTER TABLE ast_connection ADD COLUMN code_key VARCHAR(40) GENERATED ALWAYS AS (upper(code)) STORED;
CREATE UNIQUE INDEX ast_connection_code_key_uk ON ast_connection (code_key);
DROP INDEX IF EXISTS ast_connection_code_lower_ix;
