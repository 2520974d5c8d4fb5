package io.taisei.asset.internal;

import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.ComplianceIndicatorProvider;
import io.taisei.compliance.spi.IndicatorLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How complete the ledgers are, for guideline 2.2.1.1 and 2.2.1.2: the share of hardware/software records that state
 * both a version and a support end date, and the share of systems in use that have a named owner. One aggregate
 * query each.
 */
@Component
class AssetComplianceIndicators implements ComplianceIndicatorProvider {

    static final String SYSTEMS_ITEM = "2.2.1.1-1";
    static final String HARDWARE_SOFTWARE_ITEM = "2.2.1.2-1";

    private final JdbcTemplate jdbc;

    AssetComplianceIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> itemKeys() {
        return Set.of(SYSTEMS_ITEM, HARDWARE_SOFTWARE_ITEM);
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
        }
        return result;
    }

    private long[] counts(String sql) {
        return jdbc.queryForObject(sql, (rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)});
    }
}
