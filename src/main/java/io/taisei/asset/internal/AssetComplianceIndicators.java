package io.taisei.asset.internal;

import io.taisei.asset.Ledger;
import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.ComplianceIndicatorProvider;
import io.taisei.compliance.spi.IndicatorLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How complete and current the ledgers are, for guideline 2.2.1.1 to 2.2.1.4: hardware/software records that state
 * both a version and a support end date, systems in use with a named owner, ledgers reviewed on schedule, data records
 * that say where the data is stored, in-house
 * systems with a current SBOM, and systems whose connections are recorded (what the diagrams are drawn from). One
 * aggregate query each.
 */
@Component
class AssetComplianceIndicators implements ComplianceIndicatorProvider {

    static final String SYSTEMS_ITEM = "2.2.1.1-1";
    static final String HARDWARE_SOFTWARE_ITEM = "2.2.1.2-1";
    static final String DATA_ITEM = "2.2.1.3-1";
    static final String SBOM_ITEM = "2.2.1.2-e";
    static final String NETWORK_ITEM = "2.2.1.4-1";
    /** An SBOM older than this no longer describes what runs. */
    static final int SBOM_CURRENT_MONTHS = 12;

    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final JdbcTemplate jdbc;

    AssetComplianceIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> itemKeys() {
        return Set.of(SYSTEMS_ITEM, HARDWARE_SOFTWARE_ITEM, DATA_ITEM, SBOM_ITEM, NETWORK_ITEM);
    }

    @Override
    public List<ComplianceIndicator> indicators(Set<String> itemKeys) {
        List<ComplianceIndicator> result = new ArrayList<>();
        if (itemKeys.contains(HARDWARE_SOFTWARE_ITEM)) {
            long[] counts = counts("SELECT COUNT(*), COUNT(CASE WHEN product_version IS NOT NULL AND product_version <> '' "
                    + "AND support_ends_on IS NOT NULL THEN 1 END) FROM ast_hardware_software");
            result.add(ComplianceIndicator.ratio("asset.hardwareSoftware.versionAndSupport", Set.of(HARDWARE_SOFTWARE_ITEM),
                    "asset.indicator.versionAndSupport", counts[1], counts[0], 0.95, 0.8,
                    "asset.indicator.versionAndSupport.rule",
                    List.of(new IndicatorLink("asset.indicator.link.hardwareSoftware", "/assets/hardware-software"))));
        }
        if (itemKeys.contains(SYSTEMS_ITEM)) {
            long[] counts = counts("SELECT COUNT(*), COUNT(owner_id) FROM ast_system WHERE lifecycle <> 'RETIRED'");
            result.add(ComplianceIndicator.ratio("asset.systems.owner", Set.of(SYSTEMS_ITEM),
                    "asset.indicator.systemOwner", counts[1], counts[0], 1.0, 0.9,
                    "asset.indicator.systemOwner.rule",
                    List.of(new IndicatorLink("asset.indicator.link.systems", "/assets/systems"))));
            long reviewed = jdbc.queryForObject("SELECT COUNT(*) FROM ast_ledger_stewardship WHERE next_review_on >= ?",
                    Long.class, LocalDate.now(ZONE));
            result.add(ComplianceIndicator.ratio("asset.ledgers.reviewed", Set.of(SYSTEMS_ITEM),
                    "asset.indicator.ledgersReviewed", reviewed, Ledger.values().length, 1.0, 0.6,
                    "asset.indicator.ledgersReviewed.rule",
                    List.of(new IndicatorLink("asset.indicator.link.ledgers", "/assets"))));
        }
        if (itemKeys.contains(DATA_ITEM)) {
            // complete as the ledger overview counts it: the classification is required on entry, the place is not
            long[] counts = counts("SELECT COUNT(*), COUNT(CASE WHEN EXISTS (SELECT 1 FROM ast_data_stored_in s"
                    + " WHERE s.data_id = d.id) THEN 1 END) FROM ast_data d");
            result.add(ComplianceIndicator.ratio("asset.data.storedIn", Set.of(DATA_ITEM), "asset.indicator.dataStored",
                    counts[1], counts[0], 0.95, 0.8, "asset.indicator.dataStored.rule",
                    List.of(new IndicatorLink("asset.indicator.link.data", "/assets/data"))));
        }
        if (itemKeys.contains(SBOM_ITEM)) {
            long[] counts = jdbc.queryForObject("SELECT COUNT(*), COUNT(CASE WHEN EXISTS (SELECT 1 FROM ast_sbom b"
                    + " WHERE b.system_id = s.id AND b.uploaded_at >= ?) THEN 1 END) FROM ast_system s"
                    + " WHERE s.kind = 'IN_HOUSE' AND s.lifecycle <> 'RETIRED'", (rs, n) -> new long[]{rs.getLong(1),
                    rs.getLong(2)}, OffsetDateTime.now(ZONE).minusMonths(SBOM_CURRENT_MONTHS));
            result.add(ComplianceIndicator.ratio("asset.systems.currentSbom", Set.of(SBOM_ITEM),
                    "asset.indicator.currentSbom", counts[1], counts[0], 0.9, 0.5, "asset.indicator.currentSbom.rule",
                    List.of(new IndicatorLink("asset.indicator.link.systems", "/assets/systems"))));
        }
        if (itemKeys.contains(NETWORK_ITEM)) {
            long[] counts = counts("SELECT COUNT(*), COUNT(CASE WHEN EXISTS (SELECT 1 FROM ast_connection c"
                    + " WHERE c.from_system_id = s.id OR c.to_system_id = s.id) THEN 1 END) FROM ast_system s"
                    + " WHERE s.lifecycle <> 'RETIRED'");
            result.add(ComplianceIndicator.ratio("asset.systems.connected", Set.of(NETWORK_ITEM),
                    "asset.indicator.connected", counts[1], counts[0], 0.9, 0.6, "asset.indicator.connected.rule",
                    List.of(new IndicatorLink("asset.indicator.link.diagrams", "/assets/diagrams"),
                            new IndicatorLink("asset.indicator.link.connections", "/assets/connections"))));
        }
        return result;
    }

    private long[] counts(String sql) {
        return jdbc.queryForObject(sql, (rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)});
    }
}
