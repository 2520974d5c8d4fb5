package io.taisei.asset;

import io.taisei.asset.sbom.SbomComponentSummary;
import io.taisei.asset.sbom.SbomDiff;
import io.taisei.asset.sbom.SbomFormat;
import io.taisei.asset.sbom.SbomManagement;
import io.taisei.asset.sbom.SbomSummary;
import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.RuleViolationException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static io.taisei.asset.SbomFixtures.DROPWIZARD;
import static io.taisei.asset.SbomFixtures.JUICE_SHOP;
import static io.taisei.asset.SbomFixtures.JUICE_SHOP_XML;
import static io.taisei.asset.SbomFixtures.SPDX;
import static io.taisei.asset.SbomFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** SBOM uploads read from the real files, stored as versions, compared, exported — and bad files refused. */
@SpringBootTest(properties = SbomFixtures.LIMIT)
class SbomUploadTest {

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Autowired
    SbomManagement sboms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    private SystemId newSystem() {
        return assets.createSystem(AssetFixtures.inHouse(unique("SBOM"), org(organization))).id();
    }

    /** Every component of a version, read page by page as a client would. */
    private List<SbomComponentSummary> all(SbomSummary sbom) {
        var first = sboms.components(sbom.id(), null, PageRequest.of(0, 200, Sort.by("name")));
        List<SbomComponentSummary> all = new java.util.ArrayList<>(first.getContent());
        for (int page = 1; page < first.getTotalPages(); page++) {
            all.addAll(sboms.components(sbom.id(), null, PageRequest.of(page, 200, Sort.by("name"))).getContent());
        }
        return all;
    }

    @Test
    void aCycloneDxJsonSbomIsStoredWithEveryComponentItsIdentifiersLicencesHashesAndTheDependencyGraph() {
        SystemId system = newSystem();
        SbomSummary sbom = upload(sboms, system, DROPWIZARD);

        assertThat(sbom.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
        assertThat(sbom.specVersion()).isEqualTo("1.2");
        assertThat(sbom.componentCount()).isEqualTo(167);
        assertThat(sbom.dependencyCount()).isEqualTo(170);
        assertThat(sbom.serialNumber()).isEqualTo("urn:uuid:b4f2954f-a96d-4578-9509-1ae2d6476209");
        assertThat(sbom.subjectName()).isEqualTo("dropwizard-parent");
        assertThat(sbom.subjectVersion()).isEqualTo("1.3.15");
        assertThat(sbom.sha256()).hasSize(64);
        assertThat(sbom.uploadedBy()).isEqualTo("system");
        assertThat(jdbc.queryForObject("select count(*) from ast_sbom_component where sbom_id = ?", Long.class,
                sbom.id())).isEqualTo(167);

        SbomComponentSummary databind = sboms.components(sbom.id(), "jackson-databind", PageRequest.of(0, 10))
                .getContent().get(0);
        assertThat(databind.group()).isEqualTo("com.fasterxml.jackson.core");
        assertThat(databind.version()).isEqualTo("2.9.10");
        assertThat(databind.purl()).isEqualTo("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10?type=jar");
        assertThat(databind.licences()).containsExactly("Apache-2.0");
        assertThat(databind.hashes()).hasSize(8).anyMatch(h -> h.startsWith("SHA-256:"));
        assertThat(databind.type()).isEqualTo("library");
        assertThat(sboms.current(system)).contains(sbom);
        // the upload itself is in the audit trail (the version row is a JPA entity; components are bulk rows)
        assertThat(jdbc.queryForObject("select count(*) from aud_entry where record_type = 'asset.SbomVersion' "
                + "and record_id = ? and action = 'CREATE'", Long.class, String.valueOf(sbom.id()))).isEqualTo(1);
    }

    @Test
    void theRealCycloneDxXmlAndNpmSbomsAreReadWithNestedComponentsFlattened() {
        SystemId system = newSystem();
        SbomSummary json = upload(sboms, system, JUICE_SHOP);
        assertThat(json.componentCount()).isEqualTo(840);
        assertThat(json.dependencyCount()).isZero();

        SbomSummary xml = upload(sboms, system, JUICE_SHOP_XML);
        assertThat(xml.format()).isEqualTo(SbomFormat.CYCLONEDX_XML);
        assertThat(xml.specVersion()).isEqualTo("1.4");
        // 837 top-level components and 278 nested inside them; the metadata component is the subject
        assertThat(xml.componentCount()).isEqualTo(1115);
        assertThat(xml.subjectName()).isEqualTo("juice-shop");
        assertThat(xml.dependencyCount()).isPositive();
        assertThat(sboms.components(xml.id(), "pkg:npm/express@", PageRequest.of(0, 10)).getContent())
                .isNotEmpty().allSatisfy(c -> assertThat(c.purl()).startsWith("pkg:npm/express@"));
        // each upload is a version; the latest is current
        assertThat(sboms.current(system)).contains(xml);
        assertThat(sboms.versions(system, PageRequest.of(0, 10, SbomManagement.VERSION_DEFAULT_SORT)).getContent())
                .extracting(SbomSummary::id).containsExactly(xml.id(), json.id());
    }

    @Test
    void anSpdxDocumentsPackagesBecomeComponentsWithPurlCpeSupplierLicenceAndChecksums() {
        SbomSummary spdx = upload(sboms, newSystem(), SPDX);

        assertThat(spdx.format()).isEqualTo(SbomFormat.SPDX_JSON);
        assertThat(spdx.specVersion()).isEqualTo("2.3");
        assertThat(spdx.componentCount()).isEqualTo(4);
        assertThat(spdx.serialNumber()).isEqualTo(
                "http://spdx.org/spdxdocs/spdx-example-444504E0-4F89-41D3-9A0C-0305E82C3301");
        // glibc DYNAMIC_LINK Saxon is the only relationship between two packages that is a dependency
        assertThat(spdx.dependencyCount()).isEqualTo(1);
        Map<String, SbomComponentSummary> byName = all(spdx).stream()
                .collect(Collectors.toMap(SbomComponentSummary::name, Function.identity()));
        assertThat(byName).containsOnlyKeys("glibc", "Apache Commons Lang", "Jena", "Saxon");
        SbomComponentSummary glibc = byName.get("glibc");
        assertThat(glibc.version()).isEqualTo("2.11.1");
        assertThat(glibc.bomRef()).isEqualTo("SPDXRef-Package");
        assertThat(glibc.cpe()).isEqualTo("cpe:2.3:a:pivotal_software:spring_framework:4.1.0:*:*:*:*:*:*:*");
        assertThat(glibc.supplier()).isEqualTo("Jane Doe");
        assertThat(glibc.licences()).containsExactly("(LGPL-2.0-only OR LicenseRef-3)");
        assertThat(glibc.hashes()).contains("SHA-1:85ed0817af83a24ad8da68c2b5094de69833983c",
                "BLAKE2b-384:aaabd89c926ab525c242e6621f2f5fa73aa4afe3d9e24aed727faaadd6af38b620bdb623dd2b4788b1c8086984af8706");
        assertThat(byName.get("Jena").purl()).isEqualTo("pkg:maven/org.apache.jena/apache-jena@3.12.0");
    }

    @Test
    void theDifferenceBetweenTwoVersionsListsAddedRemovedAndUpgradedComponents() {
        SystemId system = newSystem();
        SbomSummary before = upload(sboms, system, DROPWIZARD);
        SbomSummary after = upload(sboms, system, "dropwizard-next.bom.json", SbomFixtures.dropwizardNext());

        SbomDiff diff = sboms.diff(before.id(), after.id());

        assertThat(diff.upgraded()).extracting(SbomDiff.Change::name, SbomDiff.Change::fromVersion,
                SbomDiff.Change::toVersion).containsExactly(tuple("jackson-databind", "2.9.10", "2.9.10.1"));
        assertThat(diff.removed()).extracting(SbomDiff.Change::name, SbomDiff.Change::fromVersion)
                .containsExactly(tuple("javassist", "3.24.1-GA"));
        assertThat(diff.added()).extracting(SbomDiff.Change::displayName, SbomDiff.Change::toVersion)
                .containsExactly(tuple("org.yaml/snakeyaml-engine", "2.7"));
        assertThat(diff.unchanged()).isEqualTo(165);
        // the other way round, everything turns over
        SbomDiff back = sboms.diff(after.id(), before.id());
        assertThat(back.added()).extracting(SbomDiff.Change::name).containsExactly("javassist");
        assertThat(back.removed()).extracting(SbomDiff.Change::name).containsExactly("snakeyaml-engine");
        // versions of two different systems are not compared
        SbomSummary elsewhere = upload(sboms, newSystem(), SPDX);
        assertThatThrownBy(() -> sboms.diff(before.id(), elsewhere.id())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theExportIsCycloneDx16JsonThatParsesBackWithTheSameComponentsAndGraph() throws Exception {
        SystemId system = newSystem();
        SbomSummary stored = upload(sboms, system, DROPWIZARD);

        String json = sboms.exportCurrent(system);
        Bom bom = new JsonParser().parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(bom.getSpecVersion()).isEqualTo("1.6");
        assertThat(new JsonParser().validate(json.getBytes(StandardCharsets.UTF_8), org.cyclonedx.Version.VERSION_16))
                .as("schema errors").isEmpty();
        assertThat(bom.getMetadata().getComponent().getName()).isEqualTo("dropwizard-parent");

        // uploaded again, the export reads exactly like the original
        SbomSummary again = upload(sboms, system, "export.cdx.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(again.componentCount()).isEqualTo(stored.componentCount());
        assertThat(again.dependencyCount()).isEqualTo(stored.dependencyCount());
        Comparator<SbomComponentSummary> order = Comparator.comparing(SbomComponentSummary::bomRef);
        assertThat(all(again).stream().sorted(order).map(SbomUploadTest::content).toList())
                .isEqualTo(all(stored).stream().sorted(order).map(SbomUploadTest::content).toList());
        assertThat(sboms.diff(stored.id(), again.id()).unchanged()).isEqualTo(167);
    }

    @Test
    void anSpdxUploadIsExportedAsCycloneDxToo() throws Exception {
        SystemId system = newSystem();
        upload(sboms, system, SPDX);
        Bom bom = new JsonParser().parse(sboms.exportCurrent(system).getBytes(StandardCharsets.UTF_8));
        assertThat(bom.getComponents()).extracting(org.cyclonedx.model.Component::getName)
                .containsExactlyInAnyOrder("glibc", "Apache Commons Lang", "Jena", "Saxon");
        assertThat(bom.getDependencies()).hasSize(1);
    }

    /** Everything a component holds except its database id. */
    private static List<Object> content(SbomComponentSummary c) {
        return List.of(String.valueOf(c.bomRef()), String.valueOf(c.type()), String.valueOf(c.group()), c.name(),
                String.valueOf(c.version()), String.valueOf(c.purl()), String.valueOf(c.cpe()),
                String.valueOf(c.supplier()), c.licences(), c.hashes());
    }

    @Test
    void everyBadFileIsRefusedNamingTheFileAndTheReasonAndNothingIsStored() {
        SystemId system = newSystem();
        long before = count();
        assertRefused(system, "bad/not-an-sbom.json", "not-an-sbom.json はCycloneDX（JSON・XML）の文書でもSPDX JSONの文書でもありません。");
        assertRefused(system, "bad/not-an-sbom.csv", "not-an-sbom.csv はCycloneDX（JSON・XML）の文書でもSPDX JSONの文書でもありません。");
        assertRefused(system, "bad/malformed.cdx.json", "malformed.cdx.json はJSONとして正しくありません（14 行 7 桁）。");
        assertRefused(system, "bad/malformed.cdx.xml", "malformed.cdx.xml はXMLとして正しくありません");
        assertRefused(system, "bad/unsupported-version.cdx.json", "CycloneDX のバージョン「1.1」には対応していません");
        assertRefused(system, "bad/unsupported-version.cdx.xml", "CycloneDX のバージョン「1.1」には対応していません");
        assertRefused(system, "bad/unsupported-version.spdx.json", "SPDX のバージョン「SPDX-2.2」には対応していません");
        assertRefused(system, "bad/wrong-structure.cdx.json", "CycloneDX JSON の構造に従っていません");
        assertRefused(system, "bad/xxe.cdx.xml", "xxe.cdx.xml に文書型宣言（DOCTYPE）が含まれています");
        assertRefused(system, "bad/billion-laughs.cdx.xml", "billion-laughs.cdx.xml に文書型宣言（DOCTYPE）が含まれています");
        assertThatThrownBy(() -> upload(sboms, system, "huge.cdx.json", SbomFixtures.tooLarge()))
                .satisfies(e -> assertThat(message((RuleViolationException) e)).isEqualTo("huge.cdx.json が 3 MB を超えています。"));
        // the declared size alone is enough to refuse, before anything is read
        assertThatThrownBy(() -> sboms.upload(system, "huge.cdx.json", SbomFixtures.LIMIT_BYTES + 1L,
                new java.io.ByteArrayInputStream(new byte[0])))
                .satisfies(e -> assertThat(message((RuleViolationException) e)).contains("3 MB を超えています"));
        assertThatThrownBy(() -> upload(sboms, system, "empty.json", new byte[0]))
                .satisfies(e -> assertThat(message((RuleViolationException) e)).isEqualTo("empty.json：ファイルが空です。"));
        assertThat(count()).isEqualTo(before);
        assertThat(sboms.current(system)).isEmpty();
    }

    @Test
    void theRefusalIsInEnglishForAnEnglishReader() {
        SystemId system = newSystem();
        assertThatThrownBy(() -> upload(sboms, system, "bad/xxe.cdx.xml"))
                .satisfies(e -> assertThat(messages.getMessage(((RuleViolationException) e).messageKey(),
                        ((RuleViolationException) e).arguments(), Locale.ENGLISH))
                        .startsWith("xxe.cdx.xml contains a document type declaration (DOCTYPE)."));
    }

    private void assertRefused(SystemId system, String fixture, String expected) {
        assertThatThrownBy(() -> upload(sboms, system, fixture)).as(fixture)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(message(e)).as(fixture).contains(expected);
                });
    }

    private String message(RuleViolationException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), Locale.JAPANESE);
    }

    private long count() {
        Long versions = jdbc.queryForObject("select count(*) from ast_sbom", Long.class);
        Long components = jdbc.queryForObject("select count(*) from ast_sbom_component", Long.class);
        return versions * 1_000_000 + components;
    }
}
