-- Every entry has its canonical content now (V202611261201); before and after are read from it.
ALTER TABLE aud_entry ALTER COLUMN content SET NOT NULL;
ALTER TABLE aud_entry DROP COLUMN before_json;
ALTER TABLE aud_entry DROP COLUMN after_json;
