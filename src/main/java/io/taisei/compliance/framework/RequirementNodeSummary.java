package io.taisei.compliance.framework;

import java.util.List;

/** A requirement node; {@code depth} 1 is a root, {@code position} its place in the tree walk. */
public record RequirementNodeSummary(String urn, String parentUrn, String refId, String name, String description,
                                     String annotation, String typicalEvidence, boolean assessable, int depth,
                                     int position, List<String> implementationGroups) {

    /** What a list shows as the node's title: its ref_id and name, or whatever of them exists. */
    public String label() {
        if (refId != null && name != null) {
            return refId + " " + name;
        }
        return refId != null ? refId : name != null ? name : urn;
    }
}
