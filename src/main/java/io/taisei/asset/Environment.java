package io.taisei.asset;

public enum Environment { PRODUCTION, STAGING, DEVELOPMENT, TEST }
