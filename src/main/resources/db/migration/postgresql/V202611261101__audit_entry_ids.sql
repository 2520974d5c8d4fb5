-- New entries are numbered after the ones already recorded.
SELECT setval('aud_entry_id_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM aud_entry), false);

-- The chain links are append-only like the entries. The seal queue may only be emptied (by the sealer), never
-- changed; removing a queue row by hand leaves an entry without a link, which verification reports.
CREATE TRIGGER aud_link_append_only
    BEFORE UPDATE OR DELETE ON aud_link
    FOR EACH ROW EXECUTE FUNCTION aud_refuse_change();
CREATE TRIGGER aud_link_no_truncate
    BEFORE TRUNCATE ON aud_link
    FOR EACH STATEMENT EXECUTE FUNCTION aud_refuse_change();
CREATE TRIGGER aud_seal_queue_no_update
    BEFORE UPDATE ON aud_seal_queue
    FOR EACH ROW EXECUTE FUNCTION aud_refuse_change();
