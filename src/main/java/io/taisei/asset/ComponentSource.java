package io.taisei.asset;

/** Where an installed component is recorded: the hardware/software ledger, or a system's current SBOM. */
public enum ComponentSource {
    LEDGER,
    SBOM
}
