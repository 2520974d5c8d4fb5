package io.taisei.asset.diagram;

/** What a node stands for: a system the institution runs, an external system service, or a party outside. */
public enum NodeKind { IN_HOUSE, EXTERNAL_SERVICE, OUTSIDE_PARTY }
