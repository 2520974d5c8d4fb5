package io.taisei.asset.diagram;

import io.taisei.asset.diagram.DiagramLayout.Box;
import io.taisei.asset.diagram.DiagramLayout.PlacedEdge;
import io.taisei.asset.diagram.DiagramLayout.PlacedGroup;
import io.taisei.asset.diagram.DiagramLayout.PlacedNode;
import io.taisei.asset.diagram.DiagramLayout.Point;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a diagram out with Eclipse ELK's layered algorithm (Sugiyama style: data flows left to right, orthogonal edge
 * routing, edge labels given room of their own), with network zones as nested containers laid out in one pass so that
 * edges between zones are routed too. Disconnected parts are packed by ELK itself.
 */
@Component
public class ElkLayouter {

    static final double NODE_HEIGHT = 42;
    static final double NODE_MIN_WIDTH = 96;
    static final double NODE_MAX_TEXT = 200;
    static final double NODE_PADDING = 10;
    static final double GROUP_TITLE = 26;
    static final double LABEL_PADDING = 4;
    static final int THOROUGH_UP_TO = 100;

    static {
        // the service loader finds the provider in a plain class path, but not necessarily in every packaging
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    public DiagramLayout layout(DiagramGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 32.0);
        root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
        if (!graph.groups().isEmpty()) {
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        }

        // crossing minimisation dominates the time; its default effort (7) takes ~10 s at 300 nodes and 600 edges,
        // the least effort ~1 s with drawings of about the same size
        root.setProperty(LayeredOptions.THOROUGHNESS, graph.nodes().size() > THOROUGH_UP_TO ? 1 : 7);
        Map<String, ElkNode> groups = new HashMap<>();
        for (DiagramGraph.Group group : graph.groups()) {
            ElkNode container = ElkGraphUtil.createNode(root);
            container.setIdentifier(group.id());
            container.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_TITLE + 10, 14, 14, 14));
            container.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
                    new org.eclipse.elk.core.math.KVector(titleWidth(group) + 28, 60));
            container.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
                    java.util.EnumSet.of(org.eclipse.elk.core.options.SizeConstraint.MINIMUM_SIZE));
            groups.put(group.id(), container);
        }

        Map<String, ElkNode> nodes = new HashMap<>();
        Map<ElkNode, PlacedText> texts = new HashMap<>();
        for (DiagramGraph.Node node : graph.nodes()) {
            ElkNode parent = node.groupId() == null ? root : groups.getOrDefault(node.groupId(), root);
            ElkNode box = ElkGraphUtil.createNode(parent);
            box.setIdentifier(node.id());
            String title = TextMetrics.fit(node.title(), NODE_MAX_TEXT, TextMetrics.TITLE_SIZE, true);
            String subtitle = TextMetrics.fit(node.subtitle(), NODE_MAX_TEXT, TextMetrics.TEXT_SIZE, false);
            double text = Math.max(TextMetrics.width(title, TextMetrics.TITLE_SIZE, true),
                    TextMetrics.width(subtitle, TextMetrics.TEXT_SIZE, false));
            box.setDimensions(Math.max(NODE_MIN_WIDTH, Math.ceil(text + 2 * NODE_PADDING)), NODE_HEIGHT);
            nodes.put(node.id(), box);
            texts.put(box, new PlacedText(node, title, subtitle));
        }

        Map<DiagramGraph.Edge, ElkEdge> edges = new IdentityHashMap<>();
        Map<ElkEdge, ElkLabel> labels = new HashMap<>();
        for (DiagramGraph.Edge edge : graph.edges()) {
            ElkNode source = nodes.get(edge.sourceId());
            ElkNode target = nodes.get(edge.targetId());
            if (source == null || target == null) {
                throw new IllegalArgumentException("edge " + edge.id() + " names a node that is not in the graph");
            }
            ElkEdge line = ElkGraphUtil.createSimpleEdge(source, target);
            line.setIdentifier(edge.id());
            if (edge.label() != null && !edge.label().isEmpty()) {
                ElkLabel label = ElkGraphUtil.createLabel(edge.label(), line);
                label.setDimensions(TextMetrics.width(edge.label(), TextMetrics.LABEL_SIZE, false) + 2 * LABEL_PADDING,
                        TextMetrics.LABEL_SIZE + 2 * LABEL_PADDING);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                labels.put(line, label);
            }
            edges.put(edge, line);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<PlacedGroup> placedGroups = new ArrayList<>();
        for (DiagramGraph.Group group : graph.groups()) {
            ElkNode container = groups.get(group.id());
            placedGroups.add(new PlacedGroup(group, absolute(container),
                    TextMetrics.fit(group.title(), Math.max(40, container.getWidth() - 20), TextMetrics.TITLE_SIZE, true)));
        }
        List<PlacedNode> placedNodes = new ArrayList<>();
        for (DiagramGraph.Node node : graph.nodes()) {
            ElkNode box = nodes.get(node.id());
            PlacedText text = texts.get(box);
            placedNodes.add(new PlacedNode(node, absolute(box), text.title(), text.subtitle()));
        }
        List<PlacedEdge> placedEdges = new ArrayList<>();
        for (DiagramGraph.Edge edge : graph.edges()) {
            ElkEdge line = edges.get(edge);
            placedEdges.add(place(line, edge, labels.get(line)));
        }
        return new DiagramLayout(root.getWidth(), root.getHeight(), placedGroups, placedNodes, placedEdges);
    }

    private static PlacedEdge place(ElkEdge line, DiagramGraph.Edge edge, ElkLabel label) {
        // edge coordinates are relative to the node that contains the edge (the common ancestor of both ends)
        Box frame = absolute(line.getContainingNode());
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : line.getSections()) {
            add(points, frame, section.getStartX(), section.getStartY());
            for (ElkBendPoint bend : section.getBendPoints()) {
                add(points, frame, bend.getX(), bend.getY());
            }
            add(points, frame, section.getEndX(), section.getEndY());
        }
        Box labelBox = label == null ? null
                : new Box(frame.x() + label.getX(), frame.y() + label.getY(), label.getWidth(), label.getHeight());
        return new PlacedEdge(edge, List.copyOf(points), labelBox);
    }

    private static void add(List<Point> points, Box frame, double x, double y) {
        Point point = new Point(frame.x() + x, frame.y() + y);
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
    }

    private static Box absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        // the root's own position is not part of the drawing
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new Box(x, y, node.getWidth(), node.getHeight());
    }

    private static double titleWidth(DiagramGraph.Group group) {
        return Math.min(TextMetrics.width(group.title(), TextMetrics.TITLE_SIZE, true), 2 * NODE_MAX_TEXT);
    }

    private record PlacedText(DiagramGraph.Node node, String title, String subtitle) {
    }
}
