package io.taisei.asset;

/**
 * Published when a system's current SBOM changed (a new version was uploaded): the system's SBOM components are now
 * those of {@code sbomId}; whatever was matched against its earlier components is to be matched again.
 */
public record SbomComponentsReplaced(SystemId systemId, long sbomId) {
}
