/**
 * Ledgers in and out as xlsx (Japanese headers; streaming SXSSF write and SAX read) and CSV (UTF-8 with BOM).
 */
package io.taisei.asset.transfer;
