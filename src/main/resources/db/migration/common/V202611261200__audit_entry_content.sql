-- Each entry's canonical content (the exact bytes its content hash covers, see ChainHasher) is stored as one binary
-- column, filled for existing entries by the next migration (V202611261201, Java). Verification then reads and hashes
-- that one value instead of re-encoding eight columns; before and after, shown only, are read from it (V202611261202
-- drops their columns); the other fields stay columns for filtering, and verification checks that they equal the
-- fields in the content.
ALTER TABLE aud_entry ADD COLUMN content BYTEA;
