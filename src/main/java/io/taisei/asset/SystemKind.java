package io.taisei.asset;

/** Whether the institution runs the system itself or uses it as a service from a provider (2.2.1.1). */
public enum SystemKind { IN_HOUSE, EXTERNAL_SERVICE }
