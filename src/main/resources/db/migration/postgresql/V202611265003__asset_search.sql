-- Search-as-you-type in the ledgers matches anywhere in codes, names and identifiers (lower(x) LIKE '%text%'), which
-- a B-tree cannot serve; trigram GIN indexes can. Codes are also looked up case-insensitively (imports match on them).
-- Where pg_trgm cannot be created the search still works, only without these indexes (see the organization migration).
CREATE INDEX ast_system_code_lower_ix ON ast_system (lower(code));
CREATE INDEX ast_hardware_software_code_lower_ix ON ast_hardware_software (lower(code));
CREATE INDEX ast_data_code_lower_ix ON ast_data (lower(code));
CREATE INDEX ast_network_zone_code_lower_ix ON ast_network_zone (lower(code));
CREATE INDEX ast_connection_code_lower_ix ON ast_connection (lower(code));
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'pg_trgm not available (%); asset search runs without trigram indexes', SQLERRM;
        END;
    END IF;
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX ast_system_search_ix ON ast_system USING gin '
            || '(lower(code) %1$I.gin_trgm_ops, lower(name) %1$I.gin_trgm_ops, lower(provider) %1$I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX ast_hardware_software_search_ix ON ast_hardware_software USING gin '
            || '(lower(code) %1$I.gin_trgm_ops, lower(vendor) %1$I.gin_trgm_ops, lower(product) %1$I.gin_trgm_ops, '
            || 'lower(product_version) %1$I.gin_trgm_ops, lower(cpe) %1$I.gin_trgm_ops, lower(purl) %1$I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX ast_data_search_ix ON ast_data USING gin '
            || '(lower(code) %1$I.gin_trgm_ops, lower(name) %1$I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX ast_network_zone_search_ix ON ast_network_zone USING gin '
            || '(lower(code) %1$I.gin_trgm_ops, lower(name) %1$I.gin_trgm_ops, lower(address_ranges) %1$I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX ast_connection_search_ix ON ast_connection USING gin '
            || '(lower(code) %1$I.gin_trgm_ops, lower(counterparty) %1$I.gin_trgm_ops, lower(protocol) %1$I.gin_trgm_ops)', trgm_schema);
    END IF;
END
$$;
