package io.taisei.asset.diagram;

import io.taisei.asset.diagram.DiagramLayout.Box;
import io.taisei.asset.diagram.DiagramLayout.PlacedEdge;
import io.taisei.asset.diagram.DiagramLayout.PlacedGroup;
import io.taisei.asset.diagram.DiagramLayout.PlacedNode;
import io.taisei.asset.diagram.DiagramLayout.Point;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Writes a laid-out diagram as standalone SVG. Every text from the ledgers is escaped, characters XML does not allow
 * are dropped, and the document holds no script, event attribute or external reference, so it can be embedded in a page
 * as it is. Full texts are in {@code <title>} elements, which browsers show as tooltips.
 */
@Component
public class SvgRenderer {

    /** Generic families last: Japanese renders with whatever CJK font the viewer has. */
    static final String FONTS = "'Noto Sans JP','Noto Sans CJK JP','Hiragino Kaku Gothic ProN','Yu Gothic',Meiryo,sans-serif";
    static final String ARROW = "taisei-diagram-arrow";

    public String render(DiagramLayout layout, String title, Legend legend) {
        double width = Math.max(layout.width(), 480);
        double legendHeight = legend.height(width);
        double height = layout.height() + legendHeight;
        StringBuilder svg = new StringBuilder(4096 + layout.nodes().size() * 600 + layout.edges().size() * 500);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"taisei-diagram\" role=\"img\"")
                .append(" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"").append(FONTS).append("\" font-size=\"").append(n(TextMetrics.TEXT_SIZE))
                .append("\" data-nodes=\"").append(layout.nodes().size())
                .append("\" data-edges=\"").append(layout.edges().size()).append("\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<defs><marker id=\"").append(ARROW).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(Swatch.EDGE).append("\"/></marker></defs>\n");
        svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" fill=\"#ffffff\"/>\n");
        legend(svg, legend, width);
        svg.append("<g class=\"diagram\" transform=\"translate(0,").append(n(legendHeight)).append(")\">\n");
        for (PlacedGroup group : layout.groups()) {
            group(svg, group);
        }
        for (PlacedEdge edge : layout.edges()) {
            edge(svg, edge);
        }
        for (PlacedNode node : layout.nodes()) {
            node(svg, node);
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, Legend legend, double width) {
        svg.append("<g class=\"legend\">");
        for (Legend.Placed placed : legend.place(width)) {
            Swatch swatch = placed.entry().swatch();
            svg.append("<rect x=\"").append(n(placed.x())).append("\" y=\"").append(n(placed.y() + 3))
                    .append("\" width=\"").append(n(Legend.SWATCH)).append("\" height=\"").append(n(Legend.SWATCH))
                    .append("\" rx=\"").append(swatch == Swatch.OUTSIDE_PARTY ? 7 : 2).append("\" fill=\"")
                    .append(swatch.fill()).append("\" stroke=\"").append(swatch.stroke()).append('"')
                    .append(swatch == Swatch.EXTERNAL_SERVICE ? " stroke-dasharray=\"4 2\"" : "").append("/>");
            svg.append("<text x=\"").append(n(placed.x() + Legend.SWATCH + 6)).append("\" y=\"")
                    .append(n(placed.y() + 14)).append("\" fill=\"").append(Swatch.TEXT).append("\">")
                    .append(escape(placed.entry().label())).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void group(StringBuilder svg, PlacedGroup placed) {
        Box box = placed.box();
        svg.append("<g class=\"zone\" data-id=\"").append(escape(placed.group().id())).append("\"><title>")
                .append(escape(placed.group().tooltip())).append("</title>");
        svg.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
                .append(n(box.width())).append("\" height=\"").append(n(box.height())).append("\" rx=\"8\" fill=\"")
                .append(Swatch.ZONE.fill()).append("\" stroke=\"").append(Swatch.ZONE.stroke()).append("\"/>");
        svg.append("<text x=\"").append(n(box.x() + 10)).append("\" y=\"").append(n(box.y() + 20))
                .append("\" font-weight=\"bold\" font-size=\"").append(n(TextMetrics.TITLE_SIZE)).append("\" fill=\"")
                .append(Swatch.ZONE.stroke()).append("\">").append(escape(placed.shownTitle())).append("</text></g>\n");
    }

    private static void edge(StringBuilder svg, PlacedEdge placed) {
        DiagramGraph.Edge edge = placed.edge();
        svg.append("<g class=\"edge\" data-id=\"").append(escape(edge.id())).append("\" data-source=\"")
                .append(escape(edge.sourceId())).append("\" data-target=\"").append(escape(edge.targetId()))
                .append("\"><title>").append(escape(edge.tooltip())).append("</title>");
        svg.append("<path d=\"");
        for (int i = 0; i < placed.points().size(); i++) {
            Point p = placed.points().get(i);
            svg.append(i == 0 ? "M" : " L").append(n(p.x())).append(',').append(n(p.y()));
        }
        svg.append("\" fill=\"none\" stroke=\"").append(Swatch.EDGE).append("\" stroke-width=\"1.2\" marker-end=\"url(#")
                .append(ARROW).append(")\"");
        if (edge.bothWays()) {
            svg.append(" marker-start=\"url(#").append(ARROW).append(")\"");
        }
        svg.append("/>");
        Box label = placed.label();
        if (label != null) {
            svg.append("<rect class=\"label\" x=\"").append(n(label.x())).append("\" y=\"").append(n(label.y()))
                    .append("\" width=\"").append(n(label.width())).append("\" height=\"").append(n(label.height()))
                    .append("\" fill=\"").append(Swatch.LABEL_BACKGROUND).append("\" fill-opacity=\"0.85\"/>");
            svg.append("<text class=\"label\" x=\"").append(n(label.x() + ElkLayouter.LABEL_PADDING)).append("\" y=\"")
                    .append(n(label.y() + label.height() - ElkLayouter.LABEL_PADDING - 1)).append("\" font-size=\"")
                    .append(n(TextMetrics.LABEL_SIZE)).append("\" fill=\"").append(Swatch.TEXT).append("\">")
                    .append(escape(edge.label())).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void node(StringBuilder svg, PlacedNode placed) {
        DiagramGraph.Node node = placed.node();
        Box box = placed.box();
        Swatch swatch = Swatch.of(node);
        svg.append("<g class=\"node\" data-id=\"").append(escape(node.id())).append("\" data-kind=\"")
                .append(node.kind().name()).append('"');
        if (node.importance() != null) {
            svg.append(" data-importance=\"").append(node.importance().name()).append('"');
        }
        svg.append("><title>").append(escape(node.tooltip())).append("</title>");
        svg.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
                .append(n(box.width())).append("\" height=\"").append(n(box.height())).append("\" rx=\"")
                .append(n(Swatch.cornerRadius(node))).append("\" fill=\"").append(swatch.fill())
                .append("\" stroke=\"").append(swatch.stroke()).append("\" stroke-width=\"1.5\"")
                .append(Swatch.dashed(node) ? " stroke-dasharray=\"5 3\"" : "").append("/>");
        double x = box.x() + ElkLayouter.NODE_PADDING;
        svg.append("<text class=\"title\" x=\"").append(n(x)).append("\" y=\"").append(n(box.y() + 17))
                .append("\" font-weight=\"bold\" font-size=\"").append(n(TextMetrics.TITLE_SIZE)).append("\" fill=\"")
                .append(Swatch.TEXT).append("\">").append(escape(placed.shownTitle())).append("</text>");
        svg.append("<text class=\"subtitle\" x=\"").append(n(x)).append("\" y=\"").append(n(box.y() + 33))
                .append("\" fill=\"").append(Swatch.TEXT).append("\">").append(escape(placed.shownSubtitle()))
                .append("</text></g>\n");
    }

    /** Escapes text for XML content and attributes, dropping characters XML 1.0 does not allow at all. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
