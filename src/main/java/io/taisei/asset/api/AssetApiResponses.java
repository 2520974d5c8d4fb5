package io.taisei.asset.api;

import io.taisei.asset.Classification;
import io.taisei.asset.ConnectionKind;
import io.taisei.asset.ConnectionSummary;
import io.taisei.asset.DataAssetSummary;
import io.taisei.asset.DataCategory;
import io.taisei.asset.Direction;
import io.taisei.asset.Environment;
import io.taisei.asset.NetworkZoneSummary;
import io.taisei.asset.ZoneKind;
import java.util.Set;
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

    static List<Long> ids(Set<SystemId> ids) {
        return ids.stream().map(SystemId::value).sorted().toList();
    }

    record DataResponse(long id, String code, String name, DataCategory category, Classification classification,
                        List<Long> storedInIds, List<Long> processedInIds, String volume, String retention,
                        Long ownerId, long version) {
        static DataResponse of(DataAssetSummary d) {
            return new DataResponse(d.id().value(), d.code(), d.name(), d.category(), d.classification(),
                    ids(d.storedIn()), ids(d.processedIn()), d.volume(), d.retention(), value(d.ownerId()), d.version());
        }
    }

    record ZoneResponse(long id, String code, String name, ZoneKind kind, String addressRanges, String description,
                        long version) {
        static ZoneResponse of(NetworkZoneSummary z) {
            return new ZoneResponse(z.id().value(), z.code(), z.name(), z.kind(), z.addressRanges(), z.description(),
                    z.version());
        }
    }

    record ConnectionResponse(long id, String code, ConnectionKind kind, long fromSystemId, Long toSystemId,
                              String counterparty, Direction direction, List<DataCategory> dataCategories,
                              String protocol, boolean encrypted, Long zoneId, String description, long version) {
        static ConnectionResponse of(ConnectionSummary c) {
            return new ConnectionResponse(c.id().value(), c.code(), c.kind(), c.fromSystemId().value(),
                    value(c.toSystemId()), c.counterparty(), c.direction(), c.dataCategories().stream().sorted().toList(),
                    c.protocol(), c.encrypted(), value(c.zoneId()), c.description(), c.version());
        }
    }
}
