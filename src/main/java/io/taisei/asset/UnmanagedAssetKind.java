package io.taisei.asset;

/** What was found outside the ledgers: a device on the network, or a cloud service in use without approval. */
public enum UnmanagedAssetKind { DEVICE, CLOUD_SERVICE }
