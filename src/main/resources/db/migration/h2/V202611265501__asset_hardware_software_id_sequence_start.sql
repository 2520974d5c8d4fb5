-- The sequence continues after the records the identity column numbered.
ALTER SEQUENCE ast_hardware_software_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM ast_hardware_software);
