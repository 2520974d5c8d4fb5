-- New entries are numbered after the ones already recorded.
ALTER SEQUENCE aud_entry_id_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM aud_entry);
