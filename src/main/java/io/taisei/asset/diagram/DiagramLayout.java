package io.taisei.asset.diagram;

import java.util.List;

/** A diagram with every box and line placed, in pixels from the top left; both renderers draw exactly this. */
public record DiagramLayout(double width, double height, List<PlacedGroup> groups, List<PlacedNode> nodes,
                            List<PlacedEdge> edges) {

    public record Box(double x, double y, double width, double height) {

        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width
                    && y < other.y + other.height && other.y < y + height;
        }
    }

    public record Point(double x, double y) {
    }

    public record PlacedGroup(DiagramGraph.Group group, Box box, String shownTitle) {
    }

    /** The title and subtitle as shown: shortened to fit the box (the full text is in the tooltip). */
    public record PlacedNode(DiagramGraph.Node node, Box box, String shownTitle, String shownSubtitle) {
    }

    /** @param label where the label is drawn, or null when the edge has no label */
    public record PlacedEdge(DiagramGraph.Edge edge, List<Point> points, Box label) {
    }
}
