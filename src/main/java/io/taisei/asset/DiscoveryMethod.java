package io.taisei.asset;

/** How an unmanaged asset came to light. */
public enum DiscoveryMethod { NETWORK_SCAN, PROXY_LOG, CASB, EXPENSE_REVIEW, AUDIT, USER_REPORT, OTHER }
