package io.taisei.asset.diagram;

import io.taisei.asset.Importance;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** 2.2.1.4 asks that a diagram stays readable at 300 systems: laid out in seconds, no node box on another. */
class LargeDiagramLayoutTest {

    final ElkLayouter layouter = new ElkLayouter();

    @Test
    void threeHundredSystemsWithSixHundredConnectionsAreLaidOutQuicklyWithoutOverlappingBoxes() {
        DiagramGraph graph = generated(300, 600, 0);
        layouter.layout(graph); // warm up class loading and the JIT, as a running server would be

        long started = System.nanoTime();
        DiagramLayout layout = layouter.layout(graph);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).as("layout time in ms").isLessThan(5_000);
        assertThat(layout.nodes()).hasSize(330); // 300 systems and 30 parties outside
        assertNoOverlaps(layout.nodes().stream().map(DiagramLayout.PlacedNode::box).toList());
        assertThat(layout.edges()).allSatisfy(e -> assertThat(e.points()).hasSizeGreaterThanOrEqualTo(2));
        System.out.printf("data-flow layout of 300 systems / 600 connections: %d ms, %.0f x %.0f px%n", millis,
                layout.width(), layout.height());
    }

    @Test
    void theLargeLayoutRendersAsWellFormedSvgAndAPngOfBoundedSize() throws Exception {
        DiagramLayout layout = layouter.layout(generated(300, 600, 0));
        Legend legend = new Legend(List.of(new Legend.Entry(Swatch.CRITICAL, "重要度: 最重要")));

        String svg = new SvgRenderer().render(layout, "データフロー図", legend);
        org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getAttribute("data-nodes")).isEqualTo("330");
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(600 + 1); // + the arrow head

        byte[] png = new PngRenderer().render(layout, "データフロー図", legend);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat((double) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(PngRenderer.MAX_PIXELS * 1.01);
        assertThat(image.getWidth()).isGreaterThan(1000);
    }

    @Test
    void threeHundredSystemsInTwelveZonesAreLaidOutQuicklyWithNodesInsideTheirZonesAndZonesApart() {
        DiagramGraph graph = generated(300, 600, 12);
        layouter.layout(graph);

        long started = System.nanoTime();
        DiagramLayout layout = layouter.layout(graph);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).as("layout time in ms").isLessThan(8_000);
        assertNoOverlaps(layout.nodes().stream().map(DiagramLayout.PlacedNode::box).toList());
        assertNoOverlaps(layout.groups().stream().map(DiagramLayout.PlacedGroup::box).toList());
        for (DiagramLayout.PlacedNode node : layout.nodes()) {
            DiagramLayout.Box zone = layout.groups().stream().filter(g -> g.group().id().equals(node.node().groupId()))
                    .findFirst().orElseThrow().box();
            assertThat(node.box().x()).isGreaterThanOrEqualTo(zone.x());
            assertThat(node.box().y()).isGreaterThanOrEqualTo(zone.y());
            assertThat(node.box().x() + node.box().width()).isLessThanOrEqualTo(zone.x() + zone.width());
            assertThat(node.box().y() + node.box().height()).isLessThanOrEqualTo(zone.y() + zone.height());
        }
        System.out.printf("network layout of 300 systems / 600 connections / 12 zones: %d ms, %.0f x %.0f px%n",
                millis, layout.width(), layout.height());
    }

    static void assertNoOverlaps(List<DiagramLayout.Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s overlaps %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
    }

    /** A ledger-like graph: mostly connections between systems, some to parties outside, a few isolated systems. */
    static DiagramGraph generated(int systems, int connections, int zones) {
        Random random = new Random(42);
        List<DiagramGraph.Group> groups = new ArrayList<>();
        for (int z = 0; z < zones; z++) {
            groups.add(new DiagramGraph.Group("z" + z, "ZONE-" + z + " 勘定系ネットワーク", "zone " + z));
        }
        List<DiagramGraph.Node> nodes = new ArrayList<>();
        for (int i = 0; i < systems; i++) {
            nodes.add(new DiagramGraph.Node("s" + i, i % 7 == 0 ? NodeKind.EXTERNAL_SERVICE : NodeKind.IN_HOUSE,
                    Importance.values()[i % 4], "SYS-" + String.format("%04d", i), "業務システム第" + i + "号",
                    "tooltip", zones == 0 ? null : "z" + (i % zones)));
        }
        int parties = systems / 10;
        for (int p = 0; p < parties; p++) {
            nodes.add(new DiagramGraph.Node("p" + p, NodeKind.OUTSIDE_PARTY, null, "外部委託先 " + p, "外部機関",
                    "tooltip", zones == 0 ? null : "z" + (p % zones)));
        }
        List<DiagramGraph.Edge> edges = new ArrayList<>();
        int connected = systems - systems / 20; // the last 5 % have no connection at all
        for (int e = 0; e < connections; e++) {
            String source = "s" + random.nextInt(connected);
            String target = e % 10 == 0 ? "p" + random.nextInt(parties) : "s" + random.nextInt(connected);
            if (source.equals(target)) {
                target = "s" + ((Integer.parseInt(source.substring(1)) + 1) % connected);
            }
            edges.add(new DiagramGraph.Edge("c" + e, source, target, e % 5 == 0, "顧客・取引 +1", "tooltip"));
        }
        return new DiagramGraph(groups, nodes, edges);
    }
}
