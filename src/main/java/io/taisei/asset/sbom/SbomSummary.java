package io.taisei.asset.sbom;

import io.taisei.asset.SystemId;

import java.time.Instant;

/**
 * One uploaded version of a system's SBOM.
 *
 * @param serialNumber    the CycloneDX serial number or the SPDX document namespace, when the file has one
 * @param subjectName     what the SBOM describes (CycloneDX metadata component, SPDX described package), if named
 * @param componentCount  components stored (CycloneDX nested components flattened; SPDX packages)
 * @param dependencyCount direct dependency edges stored
 */
public record SbomSummary(long id, SystemId systemId, SbomFormat format, String specVersion, String fileName,
                          String sha256, String serialNumber, String subjectName, String subjectVersion,
                          int componentCount, int dependencyCount, String uploadedBy, Instant uploadedAt) {
}
