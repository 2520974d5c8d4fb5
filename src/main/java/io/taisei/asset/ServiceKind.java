package io.taisei.asset;

/** The kind of an external system service (2.2.1.1): outsourcing or cloud service model. */
public enum ServiceKind { OUTSOURCING, IAAS, PAAS, SAAS, OTHER }
