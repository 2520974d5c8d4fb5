package io.taisei.asset;

/** What is to be done about an unmanaged asset: register and manage it like any other, or stop its use. */
public enum UnmanagedAssetDecision { BRING_UNDER_MANAGEMENT, STOP_USE }
