package io.taisei.asset;

import io.taisei.asset.diagram.DiagramFilter;
import io.taisei.asset.diagram.DiagramLayout;
import io.taisei.asset.diagram.DiagramService;
import io.taisei.asset.diagram.DiagramType;
import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.org;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole way from the ledgers to SVG for one legal entity with 300 systems and 600 connections. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramScaleTest {

    @Autowired
    OrganizationManagement organization;
    @Autowired
    AssetManagement assets;
    @Autowired
    DiagramService diagrams;

    AssetFixtures.Org bank;
    final List<NetworkZoneSummary> zones = new ArrayList<>();

    @BeforeAll
    void ledgerOfThreeHundredSystems() {
        bank = org(organization);
        for (int z = 0; z < 8; z++) {
            zones.add(assets.createZone(new NetworkZoneDraft("SCALE-Z" + z, "ゾーン" + z, ZoneKind.INTERNAL, null, null)));
        }
        List<SystemSummary> systems = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            SystemDraft d = AssetFixtures.inHouse(String.format("SCALE-%03d", i), bank);
            systems.add(assets.createSystem(new SystemDraft(d.code(), "業務システム" + i, null, d.kind(),
                    d.legalEntityId(), d.departmentId(), null, d.lifecycle(), Importance.values()[i % 4],
                    d.confidentiality(), d.integrity(), d.availability(), false, d.environment(), null, null, null,
                    null, null, null)));
        }
        Random random = new Random(7);
        for (int c = 0; c < 600; c++) {
            SystemSummary from = systems.get(random.nextInt(systems.size()));
            SystemSummary to = systems.get(random.nextInt(systems.size()));
            boolean outside = c % 10 == 0 || from.equals(to);
            assets.createConnection(new ConnectionDraft(String.format("SCALE-C%03d", c),
                    outside ? ConnectionKind.THIRD_PARTY : ConnectionKind.SYSTEM, from.id().value(),
                    outside ? null : to.id().value(), outside ? "委託先" + (c % 30) : null, Direction.values()[c % 3],
                    Set.of(DataCategory.values()[c % DataCategory.values().length]), "HTTPS", c % 4 != 0,
                    zones.get(c % zones.size()).id().value(), null));
        }
    }

    @Test
    void bothDiagramsOfThreeHundredSystemsAreDrawnFromTheLedgersInSecondsWithoutOverlappingBoxes() {
        DiagramFilter entity = new DiagramFilter(bank.legalEntity().id(), null, null, null);
        diagrams.draw(DiagramType.DATA_FLOW, entity, Locale.JAPANESE); // warm up, as a running server would be

        for (DiagramType type : DiagramType.values()) {
            long started = System.nanoTime();
            DiagramService.Drawing drawing = diagrams.draw(type, entity, Locale.JAPANESE);
            String svg = diagrams.svg(drawing);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(drawing.graph().nodes()).hasSizeGreaterThanOrEqualTo(300);
            assertThat(drawing.graph().edges()).hasSize(600);
            assertThat(svg).startsWith("<svg");
            List<DiagramLayout.Box> boxes = drawing.layout().nodes().stream().map(DiagramLayout.PlacedNode::box).toList();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).overlaps(boxes.get(j))).isFalse();
                }
            }
            assertThat(millis).as("%s from the ledgers to SVG, ms", type).isLessThan(10_000);
            System.out.printf("%s diagram of 300 systems / 600 connections from the ledgers to SVG: %d ms, %d kB%n",
                    type, millis, svg.length() / 1024);
        }
    }
}
