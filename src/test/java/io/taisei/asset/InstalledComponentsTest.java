package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What vulnerability matching reads from the ledger: one installed component per record and system, and the events. */
@SpringBootTest
@RecordApplicationEvents
class InstalledComponentsTest {

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Autowired
    ApplicationEvents events;

    @Autowired
    io.taisei.asset.sbom.SbomManagement sboms;

    @Test
    void aLedgerRecordIsInstalledOncePerSystemItRunsInAndOnceWithoutSystemWhenItRunsInNone() {
        var owner = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("CORE"), owner));
        SystemSummary mail = assets.createSystem(AssetFixtures.saas(unique("MAIL"), owner));
        HardwareSoftwareSummary tomcat = assets.createHardwareSoftware(HardwareSoftwareApiTest.tomcat(unique("TC"),
                Set.of(core.id().value(), mail.id().value())));
        HardwareSoftwareSummary spare = assets.createHardwareSoftware(HardwareSoftwareApiTest.tomcat(unique("TC"),
                Set.of()));

        assertThat(assets.installedLedgerComponents(List.of(tomcat.id().value(), spare.id().value())))
                .extracting(InstalledComponent::componentId, InstalledComponent::systemId)
                .containsExactlyInAnyOrder(
                        tuple(tomcat.id().value(), core.id()),
                        tuple(tomcat.id().value(), mail.id()),
                        tuple(spare.id().value(), null));
        assertThat(assets.installedComponentsOf(core.id(), ComponentSource.LEDGER)).singleElement()
                .satisfies(c -> {
                    assertThat(c.source()).isEqualTo(ComponentSource.LEDGER);
                    assertThat(c.vendor()).isEqualTo("Apache");
                    assertThat(c.name()).isEqualTo("Tomcat");
                    assertThat(c.version()).isEqualTo("10.1.20");
                    assertThat(c.purl()).isEqualTo("pkg:maven/org.apache.tomcat/tomcat-catalina@10.1.20");
                    assertThat(c.cpe()).startsWith("cpe:2.3:a:apache:tomcat:10.1.20");
                });

        // a record running in two systems is two components: batches of one hold one component each
        List<InstalledComponent> all = new ArrayList<>();
        assets.forEachInstalledComponent(1, batch -> {
            assertThat(batch).hasSize(1);
            all.addAll(batch);
        });
        assertThat(all).filteredOn(c -> c.componentId() == tomcat.id().value()).hasSize(2);
        assertThat(all).filteredOn(c -> c.componentId() == spare.id().value()).hasSize(1);
    }

    @Test
    void changingTheLedgerOrASystemPublishesWhatChanged() {
        var owner = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("CORE"), owner));
        HardwareSoftwareSummary tomcat = assets.createHardwareSoftware(HardwareSoftwareApiTest.tomcat(unique("TC"),
                Set.of(core.id().value())));
        assets.updateHardwareSoftware(tomcat.id(), HardwareSoftwareApiTest.tomcat(tomcat.code(), Set.of()), null);
        assets.updateSystem(core.id(), AssetFixtures.inHouse(core.code(), owner), null);

        assertThat(events.stream(LedgerSoftwareChanged.class))
                .filteredOn(e -> e.hardwareSoftwareIds().contains(tomcat.id().value())).hasSize(2);
        assertThat(events.stream(SystemChanged.class)).extracting(SystemChanged::systemId).contains(core.id());
    }

    @Test
    void theComponentsOfASystemsCurrentSbomAreInstalledAndANewVersionReplacesThem() {
        var owner = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("CORE"), owner));
        SystemSummary web = assets.createSystem(AssetFixtures.inHouse(unique("WEB"), owner));
        assertThat(assets.installedComponentsOf(core.id(), ComponentSource.SBOM)).isEmpty();

        var first = SbomFixtures.upload(sboms, core.id(), SbomFixtures.DROPWIZARD);
        var other = SbomFixtures.upload(sboms, web.id(), SbomFixtures.SPDX);
        List<InstalledComponent> installed = assets.installedComponentsOf(core.id(), ComponentSource.SBOM);
        assertThat(installed).hasSize(167).allSatisfy(c -> {
            assertThat(c.source()).isEqualTo(ComponentSource.SBOM);
            assertThat(c.systemId()).isEqualTo(core.id());
        });
        assertThat(installed).filteredOn(c -> "jackson-databind".equals(c.name())).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo("2.9.10");
            assertThat(c.purl()).isEqualTo("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10?type=jar");
        });
        assertThat(assets.installedComponentsOf(web.id(), ComponentSource.SBOM))
                .filteredOn(c -> "glibc".equals(c.name())).singleElement().satisfies(c -> {
                    assertThat(c.vendor()).isEqualTo("Jane Doe");
                    assertThat(c.cpe()).startsWith("cpe:2.3:a:pivotal_software:spring_framework");
                });

        var second = SbomFixtures.upload(sboms, core.id(), "dropwizard-next.bom.json", SbomFixtures.dropwizardNext());
        assertThat(assets.installedComponentsOf(core.id(), ComponentSource.SBOM)).hasSize(167)
                .anyMatch(c -> "2.9.10.1".equals(c.version()) && "jackson-databind".equals(c.name()))
                .noneMatch(c -> "javassist".equals(c.name()));
        assertThat(events.stream(SbomComponentsReplaced.class)).contains(
                new SbomComponentsReplaced(core.id(), first.id()), new SbomComponentsReplaced(web.id(), other.id()),
                new SbomComponentsReplaced(core.id(), second.id()));

        // every system's current SBOM, in batches of at most the size asked for; earlier versions are not installed
        List<List<InstalledComponent>> batches = new ArrayList<>();
        assets.forEachInstalledComponent(50, batches::add);
        assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(50));
        List<InstalledComponent> all = batches.stream().flatMap(List::stream).toList();
        assertThat(all).filteredOn(c -> c.source() == ComponentSource.SBOM && core.id().equals(c.systemId()))
                .hasSize(167).noneMatch(c -> "javassist".equals(c.name()));
        assertThat(all).filteredOn(c -> c.source() == ComponentSource.SBOM && web.id().equals(c.systemId())).hasSize(4);
    }
}
