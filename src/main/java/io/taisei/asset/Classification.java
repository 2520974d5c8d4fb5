package io.taisei.asset;

/** The information classification (格付け) of a data record; highest first. */
public enum Classification { STRICTLY_CONFIDENTIAL, CONFIDENTIAL, INTERNAL, PUBLIC }
