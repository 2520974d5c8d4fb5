package io.taisei.asset;

import java.time.LocalDate;

/**
 * Narrows the hardware and software ledger; null fields do not filter. {@code q} matches code, vendor, product,
 * version, CPE and purl; {@code supportEndsBefore} keeps records whose support ends before that day.
 */
public record HardwareSoftwareFilter(String q, HardwareSoftwareKind kind, SystemId systemId,
                                     LocalDate supportEndsBefore) {

    public static HardwareSoftwareFilter none() {
        return new HardwareSoftwareFilter(null, null, null, null);
    }

    /**
     * The sort the user chose; if none, soonest end of support first when the list is narrowed to what loses support
     * before a day (the question that filter asks), else none, and the ledger's default sort (by code) applies. The
     * pages and the API both sort this way.
     */
    public String sortOrDefault(String chosen) {
        boolean none = chosen == null || chosen.isBlank();
        return none && supportEndsBefore != null ? "supportEndsOn,asc" : chosen;
    }
}
