package io.taisei.asset;

/** A confidentiality, integrity or availability rating; the order is from lowest to highest. */
public enum Rating { LOW, MEDIUM, HIGH }
