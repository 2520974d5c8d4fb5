-- The ledger lists search for text anywhere in a record's code, names and identifiers. One lower-case column per
-- record holds them all, separated by a control character no one types (so a search never matches across two
-- fields): a search reads one column instead of lower-casing five, and one trigram GIN index per ledger serves it,
-- replacing the multi-column ones. Where pg_trgm is not available the search still works, without the index.
ALTER TABLE ast_system ADD COLUMN search_text TEXT GENERATED ALWAYS AS
    (lower(coalesce(code, '') || chr(31) || coalesce(name, '') || chr(31) || coalesce(provider, ''))) STORED;
ALTER TABLE ast_hardware_software ADD COLUMN search_text TEXT GENERATED ALWAYS AS
    (lower(coalesce(code, '') || chr(31) || coalesce(vendor, '') || chr(31) || coalesce(product, '') || chr(31)
        || coalesce(product_version, '') || chr(31) || coalesce(cpe, '') || chr(31) || coalesce(purl, ''))) STORED;
ALTER TABLE ast_data ADD COLUMN search_text TEXT GENERATED ALWAYS AS
    (lower(coalesce(code, '') || chr(31) || coalesce(name, ''))) STORED;
ALTER TABLE ast_network_zone ADD COLUMN search_text TEXT GENERATED ALWAYS AS
    (lower(coalesce(code, '') || chr(31) || coalesce(name, '') || chr(31) || coalesce(address_ranges, ''))) STORED;
ALTER TABLE ast_connection ADD COLUMN search_text TEXT GENERATED ALWAYS AS
    (lower(coalesce(code, '') || chr(31) || coalesce(counterparty, '') || chr(31) || coalesce(protocol, ''))) STORED;
DROP INDEX IF EXISTS ast_system_search_ix;
DROP INDEX IF EXISTS ast_hardware_software_search_ix;
DROP INDEX IF EXISTS ast_data_search_ix;
DROP INDEX IF EXISTS ast_network_zone_search_ix;
DROP INDEX IF EXISTS ast_connection_search_ix;
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'pg_trgm not available (%); ledger search runs without trigram indexes', SQLERRM;
        END;
    END IF;
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX ast_system_search_ix ON ast_system USING gin (search_text %I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX ast_hardware_software_search_ix ON ast_hardware_software USING gin (search_text %I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX ast_data_search_ix ON ast_data USING gin (search_text %I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX ast_network_zone_search_ix ON ast_network_zone USING gin (search_text %I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX ast_connection_search_ix ON ast_connection USING gin (search_text %I.gin_trgm_ops)', trgm_schema);
    END IF;
END
$$;

-- End of support: the date that counts (the extended end when support was extended), so that the view reads it in
-- order from an index instead of computing and sorting it for every record within the horizon.
ALTER TABLE ast_hardware_software ADD COLUMN effective_support_ends_on DATE GENERATED ALWAYS AS
    (CASE WHEN support_extendable AND extended_support_ends_on IS NOT NULL THEN extended_support_ends_on
          ELSE support_ends_on END) STORED;
CREATE INDEX ast_hw_sw_effective_support_ix ON ast_hardware_software (effective_support_ends_on, code);
