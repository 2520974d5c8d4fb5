package io.taisei.asset.web;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.SystemFilter;
import io.taisei.asset.SystemSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.List;

/** The systems offered when linking other ledgers' records to systems. */
@Component
class SystemChoices {

    /** A plain select; beyond this many systems it is cut off (a search field is the cure). */
    static final int LIMIT = 2000;

    private final AssetManagement assets;

    SystemChoices(AssetManagement assets) {
        this.assets = assets;
    }

    List<SystemSummary> all() {
        return assets.systems(SystemFilter.none(), PageRequest.of(0, LIMIT, Sort.by("code"))).getContent();
    }
}
