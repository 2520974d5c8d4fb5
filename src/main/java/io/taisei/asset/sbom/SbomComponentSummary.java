package io.taisei.asset.sbom;

import java.util.List;

/**
 * One component of a stored SBOM, as the file named it.
 *
 * @param bomRef   the file's own reference (CycloneDX bom-ref, SPDX SPDXID) that the dependency graph uses
 * @param type     CycloneDX component type or SPDX primary package purpose, in lower case
 * @param licences SPDX licence ids, licence expressions or licence names
 * @param hashes   {@code ALGORITHM:hex}, algorithms named as CycloneDX names them (SHA-256, SHA-1, ...)
 */
public record SbomComponentSummary(long id, String bomRef, String type, String group, String name, String version,
                                   String purl, String cpe, String supplier, List<String> licences,
                                   List<String> hashes) {

    /** Group and name as one label, as package managers print them. */
    public String displayName() {
        return group == null ? name : group + "/" + name;
    }
}
