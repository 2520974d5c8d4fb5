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
}
