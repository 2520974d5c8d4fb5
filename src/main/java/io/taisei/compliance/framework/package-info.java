/**
 * Frameworks other than the guideline (NIST CSF 2.0, an internal standard …) in CISO Assistant's library format:
 * strict import with the reason and line of every refusal, versions kept side by side, requirement mapping sets,
 * Taisei's own mappings from guideline items, and export of all of them (the guideline included).
 */
package io.taisei.compliance.framework;
