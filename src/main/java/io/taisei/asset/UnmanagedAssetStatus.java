package io.taisei.asset;

/** Where an unmanaged asset stands: no decision yet, decided and being followed up, or followed up. */
public enum UnmanagedAssetStatus { UNDECIDED, FOLLOWING_UP, CLOSED }
