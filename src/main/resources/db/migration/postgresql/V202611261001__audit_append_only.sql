-- Audit rows are append-only: the database itself refuses UPDATE, DELETE and TRUNCATE of entries and checkpoints,
-- and the removal of the chain head, whatever the application (or a person with its credentials) tries.
CREATE FUNCTION aud_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER aud_entry_append_only
    BEFORE UPDATE OR DELETE ON aud_entry
    FOR EACH ROW EXECUTE FUNCTION aud_refuse_change();
CREATE TRIGGER aud_entry_no_truncate
    BEFORE TRUNCATE ON aud_entry
    FOR EACH STATEMENT EXECUTE FUNCTION aud_refuse_change();

CREATE TRIGGER aud_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON aud_checkpoint
    FOR EACH ROW EXECUTE FUNCTION aud_refuse_change();
CREATE TRIGGER aud_checkpoint_no_truncate
    BEFORE TRUNCATE ON aud_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION aud_refuse_change();

CREATE TRIGGER aud_chain_head_no_delete
    BEFORE DELETE ON aud_chain_head
    FOR EACH ROW EXECUTE FUNCTION aud_refuse_change();
CREATE TRIGGER aud_chain_head_no_truncate
    BEFORE TRUNCATE ON aud_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION aud_refuse_change();
