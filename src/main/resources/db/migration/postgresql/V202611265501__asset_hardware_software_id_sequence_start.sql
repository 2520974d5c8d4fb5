-- The sequence continues after the records the identity column numbered.
SELECT setval('ast_hardware_software_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM ast_hardware_software), false);
ALTER SEQUENCE ast_hardware_software_seq OWNED BY ast_hardware_software.id;
