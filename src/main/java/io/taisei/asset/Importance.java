package io.taisei.asset;

/** The business importance (重要度) the owner assigns to a system. */
public enum Importance { CRITICAL, HIGH, MEDIUM, LOW }
