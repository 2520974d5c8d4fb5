package io.taisei.asset;

/**
 * One piece of hardware or software as installed in one system — what vulnerability matching reads. A ledger record
 * that runs in three systems is three installed components with the same {@code componentId}; a ledger record linked
 * to no system is one with a null {@code systemId}. {@code componentId} is the ledger record's id for
 * {@link ComponentSource#LEDGER} and the SBOM component's id for {@link ComponentSource#SBOM}.
 */
public record InstalledComponent(ComponentSource source, long componentId, SystemId systemId, String vendor,
                                 String name, String version, String purl, String cpe) {
}
