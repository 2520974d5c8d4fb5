package io.taisei.asset.sbom.internal;

import io.taisei.asset.sbom.SbomFormat;

import java.util.List;

/** An SBOM file as read, before it is stored: what the version row and the bulk rows are made of. */
public record ParsedSbom(SbomFormat format, String specVersion, String serialNumber, String subjectName,
                         String subjectVersion, List<Component> components, List<Edge> dependencies) {

    /** One component; {@code licences} and {@code hashes} as {@link io.taisei.asset.sbom.SbomComponentSummary}. */
    public record Component(String bomRef, String type, String group, String name, String version, String purl,
                            String cpe, String supplier, List<String> licences, List<String> hashes) {
    }

    /** {@code from} depends directly on {@code to}, both by the file's own references. */
    public record Edge(String from, String to) {
    }
}
