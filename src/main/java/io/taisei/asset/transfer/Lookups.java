package io.taisei.asset.transfer;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.NetworkZoneId;
import io.taisei.asset.NetworkZoneSummary;
import io.taisei.asset.SystemFilter;
import io.taisei.asset.SystemId;
import io.taisei.asset.SystemSummary;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Files name organizations, people, systems and zones by code, the ledgers by id: this translates both ways for the
 * length of one import or export. Systems and zones are loaded once, in pages, on first use (a ledger holds a few
 * thousand systems; looking each up per row would cost a query per cell).
 */
final class Lookups {

    private final AssetManagement assets;
    private final OrganizationCodes organization;
    private Map<String, Long> systemIds;
    private Map<Long, String> systemCodes;
    private Map<String, Long> zoneIds;
    private Map<Long, String> zoneCodes;

    Lookups(AssetManagement assets, OrganizationManagement organization) {
        this.assets = assets;
        this.organization = new OrganizationCodes(organization);
    }

    Optional<Long> legalEntity(String code) {
        return organization.legalEntity(code);
    }

    Optional<Long> department(String code) {
        return organization.department(code);
    }

    Optional<Long> person(String code) {
        return organization.person(code);
    }

    String legalEntityCode(LegalEntityId id) {
        return organization.legalEntityCode(id);
    }

    String departmentCode(DepartmentId id) {
        return organization.departmentCode(id);
    }

    String personCode(PersonId id) {
        return organization.personCode(id);
    }

    /** The person with this id, looked up once for the length of the import or export. */
    Optional<PersonSummary> person(PersonId id) {
        return organization.person(id);
    }

    Optional<Long> system(String code) {
        loadSystems();
        return Optional.ofNullable(systemIds.get(code.toLowerCase(Locale.ROOT)));
    }

    String systemCode(SystemId id) {
        if (id == null) {
            return "";
        }
        loadSystems();
        return systemCodes.getOrDefault(id.value(), "");
    }

    String systemCodes(Collection<SystemId> ids) {
        return ids.stream().map(this::systemCode).sorted().collect(Collectors.joining(", "));
    }

    Optional<Long> zone(String code) {
        loadZones();
        return Optional.ofNullable(zoneIds.get(code.toLowerCase(Locale.ROOT)));
    }

    String zoneCode(NetworkZoneId id) {
        if (id == null) {
            return "";
        }
        loadZones();
        return zoneCodes.getOrDefault(id.value(), "");
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String yesNo(boolean value) {
        return value ? "はい" : "いいえ";
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private void loadSystems() {
        if (systemIds != null) {
            return;
        }
        systemIds = new HashMap<>();
        systemCodes = new HashMap<>();
        int page = 0;
        Page<SystemSummary> chunk;
        do {
            chunk = assets.systems(SystemFilter.none(), PageRequest.of(page++, 1000, Sort.by("id")));
            for (SystemSummary system : chunk) {
                systemIds.put(system.code().toLowerCase(Locale.ROOT), system.id().value());
                systemCodes.put(system.id().value(), system.code());
            }
        } while (chunk.hasNext());
    }

    private void loadZones() {
        if (zoneIds != null) {
            return;
        }
        zoneIds = new HashMap<>();
        zoneCodes = new HashMap<>();
        for (NetworkZoneSummary zone : assets.allZones()) {
            zoneIds.put(zone.code().toLowerCase(Locale.ROOT), zone.id().value());
            zoneCodes.put(zone.id().value(), zone.code());
        }
    }
}
