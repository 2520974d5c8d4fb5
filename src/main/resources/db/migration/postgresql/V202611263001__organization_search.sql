-- Search-as-you-type matches anywhere in codes and names (lower(x) LIKE '%text%'), which a B-tree cannot serve.
-- On PostgreSQL, trigram GIN indexes can. pg_trgm is a trusted extension (PostgreSQL 13+); where the database user
-- may not create it, the search still works, only without these indexes, and a notice says so.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'pg_trgm not available (%); organization search runs without trigram indexes', SQLERRM;
        END;
    END IF;
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX org_legal_entity_search_ix ON org_legal_entity USING gin '
            || '(lower(code) %1$I.gin_trgm_ops, lower(name) %1$I.gin_trgm_ops, lower(name_en) %1$I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX org_department_search_ix ON org_department USING gin '
            || '(lower(code) %1$I.gin_trgm_ops, lower(name) %1$I.gin_trgm_ops, lower(name_en) %1$I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX org_person_search_ix ON org_person USING gin '
            || '(lower(code) %1$I.gin_trgm_ops, lower(name) %1$I.gin_trgm_ops, lower(name_kana) %1$I.gin_trgm_ops, '
            || 'lower(email) %1$I.gin_trgm_ops, lower(username) %1$I.gin_trgm_ops)', trgm_schema);
    END IF;
END
$$;
