-- Stored verification runs are append-only like the rest of the trail.
CREATE TRIGGER aud_verification_append_only
    BEFORE UPDATE OR DELETE ON aud_verification
    FOR EACH ROW EXECUTE FUNCTION aud_refuse_change();
CREATE TRIGGER aud_verification_no_truncate
    BEFORE TRUNCATE ON aud_verification
    FOR EACH STATEMENT EXECUTE FUNCTION aud_refuse_change();
