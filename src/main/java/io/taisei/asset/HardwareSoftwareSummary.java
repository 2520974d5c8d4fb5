package io.taisei.asset;

import io.taisei.organization.PersonId;

import java.time.LocalDate;
import java.util.Set;

/** A hardware or software record as other modules and the API see it. */
public record HardwareSoftwareSummary(HardwareSoftwareId id, String code, HardwareSoftwareKind kind, String vendor,
                                      String product, String productVersion, String cpe, String purl,
                                      LocalDate supportEndsOn, boolean supportExtendable,
                                      LocalDate extendedSupportEndsOn, String location, Integer quantity,
                                      PersonId ownerId, Set<SystemId> systemIds, long version) {

    /** The product as people say it: vendor, product and version. */
    public String displayName() {
        StringBuilder name = new StringBuilder();
        if (vendor != null) {
            name.append(vendor).append(' ');
        }
        name.append(product);
        if (productVersion != null) {
            name.append(' ').append(productVersion);
        }
        return name.toString();
    }
}
