package io.taisei.asset.diagram;

import io.taisei.asset.Importance;

import java.util.List;

/**
 * A diagram before layout: nodes (optionally inside a group, the network zone), and edges already pointing the way
 * data flows. Every text is plain text; renderers escape it.
 */
public record DiagramGraph(List<Group> groups, List<Node> nodes, List<Edge> edges) {

    public DiagramGraph {
        groups = List.copyOf(groups);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** @param groupId the group the node is drawn in, or null */
    public record Node(String id, NodeKind kind, Importance importance, String title, String subtitle, String tooltip,
                       String groupId) {
    }

    /** @param bothWays data flows both ways (arrows at both ends) */
    public record Edge(String id, String sourceId, String targetId, boolean bothWays, String label, String tooltip) {
    }

    public record Group(String id, String title, String tooltip) {
    }
}
