package io.taisei.asset;

/** Whom a connection links a system with (2.2.1.4): another system, an external party, mobile access, a third party. */
public enum ConnectionKind { SYSTEM, EXTERNAL_PARTY, MOBILE_ACCESS, THIRD_PARTY }
