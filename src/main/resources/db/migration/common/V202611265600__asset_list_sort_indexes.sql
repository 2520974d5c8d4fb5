-- The ledger lists sort by one column and then by code (unique), in the same direction, so that an index on
-- (column, code) hands out a page in order and the database stops after it, instead of sorting every match.
-- (An index on the column alone is a prefix of the new one and goes.) A list filtered to one kind is sorted by the
-- kind first, which changes nothing but lets H2 read it in order too: (kind, code) exists, and (kind, support end,
-- code) serves "this kind, soonest end of support first"; other sorts within a kind are sorted by the database.
DROP INDEX ast_system_name_ix;
CREATE INDEX ast_system_name_ix ON ast_system (name, code);
DROP INDEX ast_system_provider_ix;
CREATE INDEX ast_system_provider_ix ON ast_system (provider, code);
CREATE INDEX ast_system_updated_ix ON ast_system (updated_at, code);

DROP INDEX ast_hw_sw_vendor_ix;
CREATE INDEX ast_hw_sw_vendor_ix ON ast_hardware_software (vendor, code);
CREATE INDEX ast_hw_sw_product_code_ix ON ast_hardware_software (product, code);
CREATE INDEX ast_hw_sw_version_ix ON ast_hardware_software (product_version, code);
DROP INDEX ast_hw_sw_support_ix;
CREATE INDEX ast_hw_sw_support_ix ON ast_hardware_software (support_ends_on, code);
CREATE INDEX ast_hw_sw_updated_ix ON ast_hardware_software (updated_at, code);
CREATE INDEX ast_hw_sw_kind_support_ix ON ast_hardware_software (kind, support_ends_on, code);

DROP INDEX ast_data_name_ix;
CREATE INDEX ast_data_name_ix ON ast_data (name, code);
CREATE INDEX ast_data_updated_ix ON ast_data (updated_at, code);

CREATE INDEX ast_network_zone_name_ix ON ast_network_zone (name, code);

CREATE INDEX ast_connection_direction_ix ON ast_connection (direction, code);
DROP INDEX ast_connection_counterparty_ix;
CREATE INDEX ast_connection_counterparty_ix ON ast_connection (counterparty, code);
CREATE INDEX ast_connection_updated_ix ON ast_connection (updated_at, code);
