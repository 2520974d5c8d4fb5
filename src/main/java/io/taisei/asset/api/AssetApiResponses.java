package io.taisei.asset.api;

import io.taisei.asset.Environment;
import io.taisei.asset.HardwareSoftwareKind;
import io.taisei.asset.HardwareSoftwareSummary;
import io.taisei.asset.SystemId;

import java.time.LocalDate;
import java.util.List;
import io.taisei.asset.Importance;
import io.taisei.asset.LifecycleStatus;
import io.taisei.asset.ProtectionPriority;
import io.taisei.asset.Rating;
import io.taisei.asset.ServiceKind;
import io.taisei.asset.SystemKind;
import io.taisei.asset.SystemSummary;

/** The JSON shapes the asset API answers with: plain numeric ids, and the version for optimistic updates. */
final class AssetApiResponses {

    private AssetApiResponses() {
    }

    static Long value(Object id) {
        return id == null ? null : Long.valueOf(id.toString());
    }

    record SystemResponse(long id, String code, String name, String purpose, SystemKind kind, long legalEntityId,
                          long departmentId, Long ownerId, LifecycleStatus lifecycle, Importance importance,
                          Rating confidentiality, Rating integrity, Rating availability,
                          ProtectionPriority protectionPriority, boolean internetExposed, Environment environment,
                          Integer rtoMinutes, Integer rpoMinutes, ServiceKind serviceKind, String provider,
                          String sharedResponsibility, String contractReference, long version) {
        static SystemResponse of(SystemSummary s) {
            return new SystemResponse(s.id().value(), s.code(), s.name(), s.purpose(), s.kind(),
                    s.legalEntityId().value(), s.departmentId().value(), value(s.ownerId()), s.lifecycle(),
                    s.importance(), s.confidentiality(), s.integrity(), s.availability(), s.protectionPriority(),
                    s.internetExposed(), s.environment(), s.rtoMinutes(), s.rpoMinutes(), s.serviceKind(),
                    s.provider(), s.sharedResponsibility(), s.contractReference(), s.version());
        }
    }

    record HardwareSoftwareResponse(long id, String code, HardwareSoftwareKind kind, String vendor, String product,
                                    String productVersion, String cpe, String purl, LocalDate supportEndsOn,
                                    boolean supportExtendable, LocalDate extendedSupportEndsOn, String location,
                                    Integer quantity, Long ownerId, List<Long> systemIds, long version) {
        static HardwareSoftwareResponse of(HardwareSoftwareSummary h) {
            return new HardwareSoftwareResponse(h.id().value(), h.code(), h.kind(), h.vendor(), h.product(),
                    h.productVersion(), h.cpe(), h.purl(), h.supportEndsOn(), h.supportExtendable(),
                    h.extendedSupportEndsOn(), h.location(), h.quantity(), value(h.ownerId()),
                    h.systemIds().stream().map(SystemId::value).sorted().toList(), h.version());
        }
    }
}
