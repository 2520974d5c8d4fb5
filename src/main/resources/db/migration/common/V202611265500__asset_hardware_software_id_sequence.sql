-- Hardware/software ids come from a sequence instead of the identity column, so that a ledger import can take a
-- block of ids up front and write records, their systems and their audit entries in JDBC batches (identity keys
-- rule batching out). The column default keeps inserts that name no id (JPA, SQL by hand) working as before.
CREATE SEQUENCE ast_hardware_software_seq START WITH 1 INCREMENT BY 1;
ALTER TABLE ast_hardware_software ALTER COLUMN id DROP IDENTITY;
ALTER TABLE ast_hardware_software ALTER COLUMN id SET DEFAULT nextval('ast_hardware_software_seq');
