package io.taisei.asset;

/** Where a system stands in its life. */
public enum LifecycleStatus { PLANNED, IN_SERVICE, RETIRING, RETIRED }
