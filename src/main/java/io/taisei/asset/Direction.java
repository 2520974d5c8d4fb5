package io.taisei.asset;

/** The direction data flows, seen from the connection's source system. */
public enum Direction { OUTBOUND, INBOUND, BIDIRECTIONAL }
