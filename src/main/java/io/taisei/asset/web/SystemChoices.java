package io.taisei.asset.web;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.SystemFilter;
import io.taisei.asset.SystemId;
import io.taisei.asset.SystemSummary;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The system field of the list filters, and the suggestions of every system field (filters and the forms'
 * {@link SystemPicker}): a few systems whose code or name contains what was typed, never a list of every system.
 */
@Component
class SystemChoices {

    /** How many systems the filter field suggests while typing. */
    static final int SUGGESTIONS = 20;

    private final AssetManagement assets;

    SystemChoices(AssetManagement assets) {
        this.assets = assets;
    }

    /** The systems whose code or name contains {@code text}, for the filter field's suggestions. */
    List<SystemSummary> matching(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return assets.firstSystems(new SystemFilter(text, null, null, null, null, null, null, null, null), SUGGESTIONS);
    }

    /**
     * The system a list is filtered by — named by code in the filter field (which suggests codes rather than listing
     * thousands of systems on every page) or by id in links from other pages.
     */
    Filter filter(Long systemId, String code) {
        if (code != null && !code.isBlank()) {
            return assets.systemByCode(code.strip())
                    .map(found -> new Filter(found.id(), found.code(), false))
                    .orElseGet(() -> new Filter(null, code.strip(), true));
        }
        if (systemId != null) {
            SystemId id = new SystemId(systemId);
            String shown = assets.systemsById(List.of(id)).stream().map(SystemSummary::code).findFirst().orElse("");
            return new Filter(id, shown, false);
        }
        return new Filter(null, "", false);
    }

    /**
     * @param id      the system to filter by, or null for all
     * @param code    what the field shows
     * @param unknown a code was given that names no system: the list is empty
     */
    record Filter(SystemId id, String code, boolean unknown) {
    }
}
