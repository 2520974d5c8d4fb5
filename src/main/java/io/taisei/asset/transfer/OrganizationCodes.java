package io.taisei.asset.transfer;

import io.taisei.organization.DepartmentFilter;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.DepartmentSummary;
import io.taisei.organization.LegalEntityFilter;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.LegalEntitySummary;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonFilter;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
import org.springframework.data.domain.PageRequest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files name legal entities, departments and people by their codes, the ledger by ids: this translates both ways,
 * remembering what it looked up for the length of one import or export.
 */
final class OrganizationCodes {

    private final OrganizationManagement organization;
    private final Map<String, Optional<Long>> legalEntities = new HashMap<>();
    private final Map<String, Optional<Long>> departments = new HashMap<>();
    private final Map<String, Optional<Long>> people = new HashMap<>();
    private final Map<Long, String> legalEntityCodes = new HashMap<>();
    private final Map<Long, String> departmentCodes = new HashMap<>();
    private final Map<PersonId, Optional<PersonSummary>> peopleById = new HashMap<>();

    OrganizationCodes(OrganizationManagement organization) {
        this.organization = organization;
    }

    Optional<Long> legalEntity(String code) {
        return legalEntities.computeIfAbsent(key(code), c -> organization.legalEntities(
                        new LegalEntityFilter(code, null, null), PageRequest.of(0, 50)).stream()
                .filter(e -> e.code().equalsIgnoreCase(code)).findFirst().map(e -> e.id().value()));
    }

    Optional<Long> department(String code) {
        return departments.computeIfAbsent(key(code), c -> organization.departments(
                        new DepartmentFilter(code, null, null, null), PageRequest.of(0, 50)).stream()
                .filter(d -> d.code().equalsIgnoreCase(code)).findFirst().map(d -> d.id().value()));
    }

    Optional<Long> person(String code) {
        return people.computeIfAbsent(key(code), c -> organization.people(
                        new PersonFilter(code, null, null, null, null), PageRequest.of(0, 50)).stream()
                .filter(p -> p.code().equalsIgnoreCase(code)).findFirst().map(p -> p.id().value()));
    }

    String legalEntityCode(LegalEntityId id) {
        return legalEntityCodes.computeIfAbsent(id.value(), v -> organization.findLegalEntity(id)
                .map(LegalEntitySummary::code).orElse(""));
    }

    String departmentCode(DepartmentId id) {
        return departmentCodes.computeIfAbsent(id.value(), v -> organization.findDepartment(id)
                .map(DepartmentSummary::code).orElse(""));
    }

    String personCode(PersonId id) {
        return id == null ? "" : person(id).map(PersonSummary::code).orElse("");
    }

    Optional<PersonSummary> person(PersonId id) {
        return peopleById.computeIfAbsent(id, organization::findPerson);
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
