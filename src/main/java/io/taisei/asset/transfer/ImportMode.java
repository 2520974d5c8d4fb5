package io.taisei.asset.transfer;

/** All rows or nothing (the default), or — when the user explicitly asks — only the rows without problems. */
public enum ImportMode { ALL_OR_NOTHING, VALID_ROWS_ONLY }
