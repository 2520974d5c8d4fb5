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
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.OUTSIDER;
import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 2.2.1.4 diagrams drawn from a small known ledger: one bank with a web front end, the core system, a mail SaaS and a
 * low-importance system; the web front end takes logins from the internet through the DMZ, the core system exchanges
 * transactions with the Zengin network; a second bank's system must never appear in the first bank's diagrams.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramsTest {

    static final String HOSTILE_NAME = "A&B <script>alert(1)</script>";

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationManagement organization;
    @Autowired
    AssetManagement assets;
    @Autowired
    DiagramService diagrams;

    AssetFixtures.Org bank;
    AssetFixtures.Org otherBank;
    SystemSummary core;
    SystemSummary web;
    SystemSummary mail;
    SystemSummary minor;
    SystemSummary other;
    NetworkZoneSummary dmz;
    NetworkZoneSummary internal;

    @BeforeAll
    void ledger() {
        bank = org(organization);
        otherBank = org(organization);
        core = assets.createSystem(AssetFixtures.inHouse(unique("CORE"), bank));
        web = assets.createSystem(system(unique("WEB"), HOSTILE_NAME, Importance.HIGH, bank));
        mail = assets.createSystem(AssetFixtures.saas(unique("MAIL"), bank));
        minor = assets.createSystem(system(unique("MINOR"), "備品管理", Importance.LOW, bank));
        other = assets.createSystem(system(unique("OTHER"), "他行システム", Importance.CRITICAL, otherBank));
        dmz = assets.createZone(new NetworkZoneDraft(unique("DMZ"), "非武装地帯", ZoneKind.DMZ, "192.0.2.0/24", null));
        internal = assets.createZone(new NetworkZoneDraft(unique("LAN"), "勘定系LAN", ZoneKind.INTERNAL, null, null));

        connect(ConnectionKind.SYSTEM, web, core, null, Direction.OUTBOUND,
                Set.of(DataCategory.TRANSACTION, DataCategory.CUSTOMER_INFORMATION), "HTTPS", internal);
        connect(ConnectionKind.EXTERNAL_PARTY, web, null, "インターネット利用者", Direction.INBOUND,
                Set.of(DataCategory.AUTHENTICATION, DataCategory.PERSONAL_DATA), "HTTPS", dmz);
        connect(ConnectionKind.EXTERNAL_PARTY, core, null, "全銀ネット", Direction.BIDIRECTIONAL,
                Set.of(DataCategory.TRANSACTION), "全銀TCP/IP", internal);
        connect(ConnectionKind.SYSTEM, core, mail, null, Direction.OUTBOUND, Set.of(DataCategory.INTERNAL, DataCategory.PUBLIC,
                DataCategory.CONFIDENTIAL_BUSINESS), "SMTP", null);
        connect(ConnectionKind.SYSTEM, other, core, null, Direction.OUTBOUND, Set.of(DataCategory.TRANSACTION), "MQ", internal);
        assets.createData(new DataAssetDraft(unique("CUST"), "顧客基本情報", DataCategory.CUSTOMER_INFORMATION,
                Classification.STRICTLY_CONFIDENTIAL, Set.of(core.id().value()), Set.of(), null, null, null));
    }

    @Test
    void theDataFlowDiagramShowsSystemsAndOutsidePartiesWithConnectionsLabelledByDataInTheDirectionDataFlows() throws Exception {
        Document svg = parse(diagrams.svg(draw(DiagramType.DATA_FLOW, bankOnly())));

        Map<String, Element> nodes = nodesByTitle(svg);
        assertThat(nodes.keySet()).containsExactlyInAnyOrder(core.code(), web.code(), mail.code(), minor.code(),
                "インターネット利用者", "全銀ネット");
        assertThat(nodes.get(core.code()).getAttribute("data-importance")).isEqualTo("CRITICAL");
        assertThat(nodes.get(mail.code()).getAttribute("data-kind")).isEqualTo("EXTERNAL_SERVICE");
        assertThat(nodes.get("全銀ネット").getAttribute("data-kind")).isEqualTo("OUTSIDE_PARTY");
        assertThat(tooltip(nodes.get(core.code()))).contains("顧客基本情報").contains("最重要");

        Map<String, Element> edges = edgesByEnds(svg);
        assertThat(edges).hasSize(4);
        Element webToCore = edges.get(id(web) + ">" + id(core));
        assertThat(text(webToCore, "label")).isEqualTo("顧客・取引");
        assertThat(tooltip(webToCore)).contains("顧客情報, 取引データ").contains("HTTPS");
        // data from the internet flows into the web front end: the arrow points at it
        Element logins = edges.get(nodes.get("インターネット利用者").getAttribute("data-id") + ">" + id(web));
        assertThat(text(logins, "label")).isEqualTo("個人・認証");
        assertThat(path(logins).hasAttribute("marker-start")).isFalse();
        Element zengin = edges.get(id(core) + ">" + nodes.get("全銀ネット").getAttribute("data-id"));
        assertThat(path(zengin).getAttribute("marker-start")).isNotEmpty();
        assertThat(path(zengin).getAttribute("marker-end")).isNotEmpty();
        // more categories than fit are abbreviated; the full list is in the tooltip
        Element coreToMail = edges.get(id(core) + ">" + id(mail));
        assertThat(text(coreToMail, "label")).isEqualTo("機密・社内 +1");
        assertThat(tooltip(coreToMail)).contains("機密業務情報, 社内情報, 公開情報");
    }

    @Test
    void theFiltersNarrowTheDiagramToWhatMatters() throws Exception {
        assertThat(nodeTitles(new DiagramFilter(bank.legalEntity().id(), Importance.HIGH, null, null)))
                .containsExactlyInAnyOrder(core.code(), web.code(), "インターネット利用者", "全銀ネット");
        assertThat(nodeTitles(new DiagramFilter(bank.legalEntity().id(), null, dmz.id(), null)))
                .containsExactlyInAnyOrder(web.code(), "インターネット利用者");
        assertThat(nodeTitles(new DiagramFilter(bank.legalEntity().id(), null, null, mail.id())))
                .containsExactlyInAnyOrder(mail.code(), core.code());
        assertThat(nodeTitles(new DiagramFilter(otherBank.legalEntity().id(), null, null, null)))
                .containsExactly(other.code());
        // without the legal entity, the other bank's connection into the core system is drawn too
        assertThat(nodeTitles(new DiagramFilter(null, null, null, core.id())))
                .containsExactlyInAnyOrder(core.code(), web.code(), mail.code(), other.code(), "全銀ネット");
    }

    @Test
    void theNetworkDiagramDrawsZonesWithEachSystemInTheZoneItsConnectionsToOtherSystemsRunThrough() throws Exception {
        DiagramService.Drawing drawing = draw(DiagramType.NETWORK, bankOnly());
        Map<String, String> zoneOf = new LinkedHashMap<>();
        for (DiagramLayout.PlacedNode node : drawing.layout().nodes()) {
            DiagramLayout.PlacedGroup group = drawing.layout().groups().stream()
                    .filter(g -> g.group().id().equals(node.node().groupId())).findFirst().orElseThrow();
            assertThat(inside(node.box(), group.box())).as(node.node().title()).isTrue();
            zoneOf.put(node.node().title(), group.group().title());
        }
        String lan = internal.code() + " " + internal.name();
        // the web front end's connection to the core system runs through the LAN; its DMZ link is to the internet
        assertThat(zoneOf).containsEntry(web.code(), lan).containsEntry(core.code(), lan)
                .containsEntry("全銀ネット", lan)
                .containsEntry("インターネット利用者", dmz.code() + " " + dmz.name())
                .containsEntry(mail.code(), "ゾーン未登録").containsEntry(minor.code(), "ゾーン未登録");

        Document svg = parse(diagrams.svg(drawing));
        List<String> zones = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("zone")) {
                zones.add(g.getElementsByTagName("text").item(0).getTextContent());
            }
        }
        assertThat(zones).containsExactlyInAnyOrder(lan, dmz.code() + " " + dmz.name(), "ゾーン未登録");
        Element webToCore = edgesByEnds(svg).get(id(web) + ">" + id(core));
        assertThat(text(webToCore, "label")).isEqualTo("HTTPS");
    }

    @Test
    void namesWithMarkupAreEscapedAndTheSvgHoldsNoScript() throws Exception {
        String svg = diagrams.svg(draw(DiagramType.DATA_FLOW, bankOnly()));

        assertThat(svg).doesNotContain("<script").contains("A&amp;B &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(svg.toLowerCase(Locale.ROOT)).doesNotContain("onload").doesNotContain("javascript:")
                .doesNotContain("href");
        Element webNode = nodesByTitle(parse(svg)).get(web.code());
        assertThat(text(webNode, "subtitle")).isEqualTo(HOSTILE_NAME);
        assertThat(tooltip(webNode)).contains(HOSTILE_NAME);
    }

    @Test
    void theApiAnswersWithSvgOrAPngOfPlausibleSizeAndRefusesCallersWithoutAssetRead() throws Exception {
        String svg = mvc.perform(get("/api/v1/diagrams/data-flow").with(READER)
                        .param("legalEntityId", String.valueOf(bank.legalEntity().id().value())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(nodesByTitle(parse(svg))).containsKey(core.code());

        byte[] png = mvc.perform(get("/api/v1/diagrams/network").with(READER).param("format", "png")
                        .param("legalEntityId", String.valueOf(bank.legalEntity().id().value())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isBetween(500, 6000);
        assertThat(image.getHeight()).isBetween(150, 6000);

        mvc.perform(get("/api/v1/diagrams/data-flow").with(READER).param("format", "gif"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/v1/diagrams/network").with(READER).param("minImportance", "ENORMOUS"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/diagrams/data-flow").with(READER).param("systemId", "987654321"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/diagrams/data-flow").with(OUTSIDER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/diagrams/network").with(OUTSIDER)).andExpect(status().isForbidden());
    }

    @Test
    void theDiagramPageEmbedsTheSvgWithFiltersAndDownloadLinks() throws Exception {
        String entity = String.valueOf(bank.legalEntity().id().value());
        String page = mvc.perform(get("/assets/diagrams").with(READER).param("type", "network")
                        .param("legalEntityId", entity).param("minImportance", "HIGH"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<svg", "id=\"diagram-filters\"", "/js/diagram.js", core.code())
                .doesNotContain(mail.code() + "</text>")
                .contains("/assets/diagrams/download?type=network&amp;format=png&amp;legalEntityId=" + entity
                        + "&amp;minImportance=HIGH");

        byte[] svg = mvc.perform(get("/assets/diagrams/download").with(READER).param("type", "data-flow")
                        .param("format", "svg").param("legalEntityId", entity))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(nodesByTitle(parse(new String(svg, StandardCharsets.UTF_8)))).containsKey(web.code());

        mvc.perform(get("/assets/diagrams").with(OUTSIDER)).andExpect(status().isForbidden());
        mvc.perform(get("/assets/diagrams/download").with(OUTSIDER)).andExpect(status().isForbidden());
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private DiagramFilter bankOnly() {
        return new DiagramFilter(bank.legalEntity().id(), null, null, null);
    }

    private DiagramService.Drawing draw(DiagramType type, DiagramFilter filter) {
        return diagrams.draw(type, filter, Locale.JAPANESE);
    }

    private List<String> nodeTitles(DiagramFilter filter) throws Exception {
        return new ArrayList<>(nodesByTitle(parse(diagrams.svg(draw(DiagramType.DATA_FLOW, filter)))).keySet());
    }

    private static SystemDraft system(String code, String name, Importance importance, AssetFixtures.Org org) {
        SystemDraft d = AssetFixtures.inHouse(code, org);
        return new SystemDraft(code, name, d.purpose(), d.kind(), d.legalEntityId(), d.departmentId(), d.ownerId(),
                d.lifecycle(), importance, d.confidentiality(), d.integrity(), d.availability(), d.internetExposed(),
                d.environment(), d.rtoMinutes(), d.rpoMinutes(), null, null, null, null);
    }

    private void connect(ConnectionKind kind, SystemSummary from, SystemSummary to, String counterparty,
                         Direction direction, Set<DataCategory> data, String protocol, NetworkZoneSummary zone) {
        assets.createConnection(new ConnectionDraft(unique("CON"), kind, from.id().value(),
                to == null ? null : to.id().value(), counterparty, direction, data, protocol, true,
                zone == null ? null : zone.id().value(), null));
    }

    private static String id(SystemSummary system) {
        return "s" + system.id().value();
    }

    private static boolean inside(DiagramLayout.Box inner, DiagramLayout.Box outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width()
                && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> groups(Document svg, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.getAttribute("class").equals(cssClass)) {
                found.add(g);
            }
        }
        return found;
    }

    static Map<String, Element> nodesByTitle(Document svg) {
        Map<String, Element> nodes = new LinkedHashMap<>();
        for (Element g : groups(svg, "node")) {
            nodes.put(text(g, "title"), g);
        }
        return nodes;
    }

    private static Map<String, Element> edgesByEnds(Document svg) {
        Map<String, Element> edges = new LinkedHashMap<>();
        for (Element g : groups(svg, "edge")) {
            edges.put(g.getAttribute("data-source") + ">" + g.getAttribute("data-target"), g);
        }
        return edges;
    }

    private static String text(Element g, String cssClass) {
        NodeList texts = g.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("class").equals(cssClass)) {
                return t.getTextContent();
            }
        }
        throw new AssertionError("no text of class " + cssClass);
    }

    private static String tooltip(Element g) {
        return g.getElementsByTagName("title").item(0).getTextContent();
    }

    private static Element path(Element edge) {
        return (Element) edge.getElementsByTagName("path").item(0);
    }
}
