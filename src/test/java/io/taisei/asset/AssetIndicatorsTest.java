package io.taisei.asset;

import io.taisei.asset.sbom.SbomManagement;
import io.taisei.compliance.assessment.AssessmentManagement;
import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.IndicatorLink;
import io.taisei.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.InputStream;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The asset module's live indicators for the self-assessment: current SBOMs (2.2.1.2(e)), recorded connections
 * (2.2.1.4) and data records that say where the data is stored (2.2.1.3).
 */
// Its own database: the indicators count every system, and other test classes would add theirs.
@SpringBootTest(properties = "taisei.test.isolated-database=asset-indicators")
class AssetIndicatorsTest {

    @Autowired
    OrganizationManagement organization;
    @Autowired
    AssetManagement assets;
    @Autowired
    SbomManagement sboms;
    @Autowired
    AssessmentManagement assessments;

    private ComplianceIndicator indicator(String item, String id) {
        return assessments.indicators(item).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anInHouseSystemCountsAsCoveredOnceItHasAnSbomAndAsMappedOnceItHasAConnection() throws Exception {
        var owner = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("CORE"), owner));
        SystemSummary mail = assets.createSystem(AssetFixtures.saas(unique("MAIL"), owner));

        ComplianceIndicator before = indicator("2.2.1.2-e", "asset.systems.currentSbom");
        assertThat(before.denominator()).isEqualTo(1); // the SaaS is not in-house
        assertThat(before.numerator()).isZero();
        try (InputStream in = getClass().getResourceAsStream("/sbom/cyclonedx-dropwizard-1.3.15.bom.json")) {
            sboms.upload(core.id(), "dropwizard.bom.json", -1, in);
        }
        assertThat(indicator("2.2.1.2-e", "asset.systems.currentSbom").numerator()).isEqualTo(1);

        assertThat(indicator("2.2.1.4-1", "asset.systems.connected").numerator()).isZero();
        assets.createConnection(new ConnectionDraft(unique("CN"), ConnectionKind.SYSTEM, core.id().value(),
                mail.id().value(), null, Direction.OUTBOUND, Set.of(DataCategory.CUSTOMER_INFORMATION), "SMTP", true, null, null));
        ComplianceIndicator connected = indicator("2.2.1.4-1", "asset.systems.connected");
        assertThat(connected.numerator()).isEqualTo(2);
        assertThat(connected.denominator()).isEqualTo(2);
    }

    @Test
    void aDataRecordCountsAsCompleteOnceItSaysWhereTheDataIsStoredAndTheIndicatorLinksToTheDataLedger() {
        var owner = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("DATA"), owner));
        ComplianceIndicator before = indicator("2.2.1.3-1", "asset.data.storedIn");
        assets.createData(new DataAssetDraft(unique("CUST"), "顧客基本情報", DataCategory.CUSTOMER_INFORMATION,
                Classification.CONFIDENTIAL, Set.of(core.id().value()), Set.of(), null, null, null));
        assets.createData(new DataAssetDraft(unique("MEMO"), "保管先不明のメモ", DataCategory.INTERNAL,
                Classification.INTERNAL, Set.of(), Set.of(), null, null, null));

        ComplianceIndicator after = indicator("2.2.1.3-1", "asset.data.storedIn");
        assertThat(after.denominator() - before.denominator()).isEqualTo(2);
        assertThat(after.numerator() - before.numerator()).isEqualTo(1);
        assertThat(after.links()).extracting(IndicatorLink::href).containsExactly("/assets/data");
        assertThat(after.itemKeys()).containsExactly("2.2.1.3-1");
    }
}
