-- Indexes on hardware/software that no query uses: nothing looks records up by product and version, by CPE or by
-- owner (vulnerability matching reads its own component index; the list search reads search_text; the list sorts have
-- their (column, code) indexes). Each was written for every row saved: an import of 100,000 rows maintained, and on H2
-- committed one by one, 300,000 index entries that nothing read.
DROP INDEX ast_hw_sw_product_ix;
DROP INDEX ast_hw_sw_cpe_ix;
DROP INDEX ast_hw_sw_owner_ix;
