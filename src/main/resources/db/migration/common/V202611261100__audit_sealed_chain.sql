-- The audit trail in two parts, so that appends never wait for each other:
--   aud_entry       one row per change, inserted in the business transaction with the SHA-256 of its canonical
--                   content (content_hash); ids come from a sequence and may have gaps (rolled-back transactions).
--   aud_link        the hash chain: a single sealer (one node at a time, under the aud_chain_head row lock) gives
--                   each committed entry the next position seq, with hash = SHA-256 over (seq, entry id,
--                   content hash, previous hash). Insert-only, like aud_entry.
--   aud_seal_queue  the entries committed but not yet sealed; an entry and its queue row commit together, and the
--                   sealer deletes the queue row in the transaction that inserts the link.
-- Entries written before this migration keep their chain: they become format-1 links whose hash is, as before,
-- SHA-256 over the whole entry and the previous hash (so checkpoints signed earlier still verify). Every other format
-- value is checked as format 2, so changing a link's format only makes its hash mismatch.
CREATE TABLE aud_link (
    seq       BIGINT   NOT NULL,
    entry_id  BIGINT   NOT NULL,
    format    SMALLINT NOT NULL,
    prev_hash CHAR(64) NOT NULL,
    hash      CHAR(64) NOT NULL,
    CONSTRAINT aud_link_pk PRIMARY KEY (seq),
    CONSTRAINT aud_link_entry_uk UNIQUE (entry_id)
);
INSERT INTO aud_link (seq, entry_id, format, prev_hash, hash)
SELECT seq, seq, 1, prev_hash, hash FROM aud_entry;

ALTER TABLE aud_entry RENAME COLUMN seq TO id;
ALTER TABLE aud_entry DROP COLUMN prev_hash;
ALTER TABLE aud_entry DROP COLUMN hash;
ALTER TABLE aud_entry ADD COLUMN content_hash CHAR(64);

CREATE SEQUENCE aud_entry_id_seq;

CREATE TABLE aud_seal_queue (
    entry_id BIGINT NOT NULL,
    CONSTRAINT aud_seal_queue_pk PRIMARY KEY (entry_id)
);
