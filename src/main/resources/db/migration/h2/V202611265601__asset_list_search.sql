-- The ledger lists search for text anywhere in a record's code, names and identifiers. One lower-case column per
-- record holds them all, separated by a control character no one types (so a search never matches across two
-- fields): a search reads one column instead of lower-casing five, and on PostgreSQL one trigram index serves it.
-- H2 has no index for LIKE '%…%'; the lists count matches only up to a limit, so a frequent word stops early.
ALTER TABLE ast_system ADD COLUMN search_text VARCHAR GENERATED ALWAYS AS
    (LOWER(COALESCE(code, '') || CHR(31) || COALESCE(name, '') || CHR(31) || COALESCE(provider, '')));
ALTER TABLE ast_hardware_software ADD COLUMN search_text VARCHAR GENERATED ALWAYS AS
    (LOWER(COALESCE(code, '') || CHR(31) || COALESCE(vendor, '') || CHR(31) || COALESCE(product, '') || CHR(31)
        || COALESCE(product_version, '') || CHR(31) || COALESCE(cpe, '') || CHR(31) || COALESCE(purl, '')));
ALTER TABLE ast_data ADD COLUMN search_text VARCHAR GENERATED ALWAYS AS
    (LOWER(COALESCE(code, '') || CHR(31) || COALESCE(name, '')));
ALTER TABLE ast_network_zone ADD COLUMN search_text VARCHAR GENERATED ALWAYS AS
    (LOWER(COALESCE(code, '') || CHR(31) || COALESCE(name, '') || CHR(31) || COALESCE(address_ranges, '')));
ALTER TABLE ast_connection ADD COLUMN search_text VARCHAR GENERATED ALWAYS AS
    (LOWER(COALESCE(code, '') || CHR(31) || COALESCE(counterparty, '') || CHR(31) || COALESCE(protocol, '')));

-- End of support: the date that counts (the extended end when support was extended), so that the view reads it in
-- order from an index instead of computing and sorting it for every record within the horizon.
ALTER TABLE ast_hardware_software ADD COLUMN effective_support_ends_on DATE GENERATED ALWAYS AS
    (CASE WHEN support_extendable AND extended_support_ends_on IS NOT NULL THEN extended_support_ends_on
          ELSE support_ends_on END);
CREATE INDEX ast_hw_sw_effective_support_ix ON ast_hardware_software (effective_support_ends_on, code);
