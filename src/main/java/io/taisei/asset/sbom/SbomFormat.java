package io.taisei.asset.sbom;

/** The kinds of SBOM file Taisei reads. */
public enum SbomFormat {
    CYCLONEDX_JSON,
    CYCLONEDX_XML,
    SPDX_JSON
}
