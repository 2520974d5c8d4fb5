package io.taisei.asset;

/** How urgently a system is to be protected (2.2.1(2)), derived by {@link ProtectionPriorityPolicy}; lowest first. */
public enum ProtectionPriority { P4, P3, P2, P1 }
