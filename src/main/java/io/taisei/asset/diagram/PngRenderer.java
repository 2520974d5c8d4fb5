package io.taisei.asset.diagram;

import io.taisei.asset.diagram.DiagramLayout.Box;
import io.taisei.asset.diagram.DiagramLayout.PlacedEdge;
import io.taisei.asset.diagram.DiagramLayout.PlacedGroup;
import io.taisei.asset.diagram.DiagramLayout.PlacedNode;
import io.taisei.asset.diagram.DiagramLayout.Point;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Draws the same layout as {@link SvgRenderer} into a PNG with Java2D (headless). Small diagrams are drawn at twice
 * the size for sharpness; large ones are scaled down so that the image stays under {@link #MAX_PIXELS}. Japanese text
 * needs a CJK font on the server (e.g. Noto Sans CJK); the first installed family that can show it is used.
 */
@Component
public class PngRenderer {

    /** About 64 MB of image memory at most per request. */
    static final double MAX_PIXELS = 16_000_000;
    static final double PREFERRED_SCALE = 2.0;
    private static final String BUNDLED_FONT = "/fonts/ipaexg.ttf";
    private static final String SAMPLE = "日本語の表示";
    /** The family PNG text is drawn in; visible to the tests, which check that it can show Japanese. */
    static final String FONT_FAMILY = chooseFontFamily();

    static {
        System.setProperty("java.awt.headless", "true");
    }

    public byte[] render(DiagramLayout layout, String title, Legend legend) {
        double width = Math.max(layout.width(), 480);
        double legendHeight = legend.height(width);
        double height = layout.height() + legendHeight;
        double scale = Math.min(PREFERRED_SCALE, Math.sqrt(MAX_PIXELS / (width * height)));
        BufferedImage image = new BufferedImage(Math.max(1, (int) Math.ceil(width * scale)),
                Math.max(1, (int) Math.ceil(height * scale)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            legend(g, legend, width);
            g.translate(0, legendHeight);
            for (PlacedGroup group : layout.groups()) {
                group(g, group);
            }
            for (PlacedEdge edge : layout.edges()) {
                edge(g, edge);
            }
            for (PlacedNode node : layout.nodes()) {
                node(g, node);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void legend(Graphics2D g, Legend legend, double width) {
        g.setFont(font(Font.PLAIN, TextMetrics.TEXT_SIZE));
        for (Legend.Placed placed : legend.place(width)) {
            Swatch swatch = placed.entry().swatch();
            box(g, new Box(placed.x(), placed.y() + 3, Legend.SWATCH, Legend.SWATCH),
                    swatch == Swatch.OUTSIDE_PARTY ? 7 : 2, swatch, swatch == Swatch.EXTERNAL_SERVICE, 1);
            g.setColor(color(Swatch.TEXT));
            g.drawString(placed.entry().label(), (float) (placed.x() + Legend.SWATCH + 6), (float) (placed.y() + 14));
        }
    }

    private static void group(Graphics2D g, PlacedGroup group) {
        box(g, group.box(), 8, Swatch.ZONE, false, 1);
        g.setFont(font(Font.BOLD, TextMetrics.TITLE_SIZE));
        g.setColor(color(Swatch.ZONE.stroke()));
        g.drawString(group.shownTitle(), (float) (group.box().x() + 10), (float) (group.box().y() + 20));
    }

    private static void edge(Graphics2D g, PlacedEdge edge) {
        List<Point> points = edge.points();
        if (points.size() < 2) {
            return;
        }
        g.setColor(color(Swatch.EDGE));
        g.setStroke(new BasicStroke(1.2f));
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (Point p : points.subList(1, points.size())) {
            path.lineTo(p.x(), p.y());
        }
        g.draw(path);
        arrow(g, points.get(points.size() - 2), points.get(points.size() - 1));
        if (edge.edge().bothWays()) {
            arrow(g, points.get(1), points.get(0));
        }
        Box label = edge.label();
        if (label != null) {
            g.setColor(new Color(255, 255, 255, 217));
            g.fill(new java.awt.geom.Rectangle2D.Double(label.x(), label.y(), label.width(), label.height()));
            g.setColor(color(Swatch.TEXT));
            g.setFont(font(Font.PLAIN, TextMetrics.LABEL_SIZE));
            g.drawString(edge.edge().label(), (float) (label.x() + ElkLayouter.LABEL_PADDING),
                    (float) (label.y() + label.height() - ElkLayouter.LABEL_PADDING - 1));
        }
    }

    private static void arrow(Graphics2D g, Point from, Point tip) {
        double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
        Path2D.Double head = new Path2D.Double();
        head.moveTo(0, 0);
        head.lineTo(-8, -3.5);
        head.lineTo(-8, 3.5);
        head.closePath();
        AffineTransform at = AffineTransform.getTranslateInstance(tip.x(), tip.y());
        at.rotate(angle);
        g.fill(at.createTransformedShape(head));
    }

    private static void node(Graphics2D g, PlacedNode placed) {
        DiagramGraph.Node node = placed.node();
        Box box = placed.box();
        box(g, box, Swatch.cornerRadius(node), Swatch.of(node), Swatch.dashed(node), 1.5f);
        g.setColor(color(Swatch.TEXT));
        g.setFont(font(Font.BOLD, TextMetrics.TITLE_SIZE));
        g.drawString(placed.shownTitle(), (float) (box.x() + ElkLayouter.NODE_PADDING), (float) (box.y() + 17));
        g.setFont(font(Font.PLAIN, TextMetrics.TEXT_SIZE));
        if (!placed.shownSubtitle().isEmpty()) {
            g.drawString(placed.shownSubtitle(), (float) (box.x() + ElkLayouter.NODE_PADDING), (float) (box.y() + 33));
        }
    }

    private static void box(Graphics2D g, Box box, double radius, Swatch swatch, boolean dashed, float strokeWidth) {
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(),
                2 * radius, 2 * radius);
        g.setColor(color(swatch.fill()));
        g.fill(shape);
        g.setColor(color(swatch.stroke()));
        g.setStroke(dashed ? new BasicStroke(strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[]{5, 3}, 0) : new BasicStroke(strokeWidth));
        g.draw(shape);
    }

    private static Font font(int style, double size) {
        return new Font(FONT_FAMILY, style, 1).deriveFont(style, (float) size);
    }

    private static Color color(String hex) {
        return Color.decode(hex);
    }

    /**
     * SansSerif when it can show Japanese (it can when fontconfig maps it to a CJK font), else the IPAexGothic font that
     * Taisei ships (also used for PDFs), so a server without CJK fonts still draws Japanese names rather than boxes.
     */
    private static String chooseFontFamily() {
        System.setProperty("java.awt.headless", "true");
        if (new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
            return Font.SANS_SERIF;
        }
        try (InputStream in = PngRenderer.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in != null) {
                Font bundled = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(bundled);
                return bundled.getFamily();
            }
        } catch (IOException | FontFormatException unreadable) {
            // fall through: boxes for Japanese are better than no diagram
        }
        return Font.SANS_SERIF;
    }
}
