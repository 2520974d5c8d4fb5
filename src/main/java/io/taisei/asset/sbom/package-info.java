/**
 * SBOMs of systems (guideline 2.2.1.2(e)): CycloneDX (JSON and XML, 1.2–1.6) and SPDX 2.3 JSON uploads kept as
 * versions with their components and dependency graph, the difference between two versions, and the current SBOM
 * as CycloneDX 1.6 JSON.
 */
package io.taisei.asset.sbom;
