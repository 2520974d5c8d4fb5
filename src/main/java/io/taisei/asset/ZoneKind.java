package io.taisei.asset;

/** What a network zone or segment is (2.2.1.4). */
public enum ZoneKind { INTERNET, DMZ, INTERNAL, DATA_CENTER, BRANCH, CLOUD, MOBILE, THIRD_PARTY, OTHER }
