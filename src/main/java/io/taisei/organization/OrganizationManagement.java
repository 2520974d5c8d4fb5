package io.taisei.organization;

import io.taisei.organization.internal.Department;
import io.taisei.organization.internal.DepartmentService;
import io.taisei.organization.internal.LegalEntity;
import io.taisei.organization.internal.LegalEntityService;
import io.taisei.organization.internal.Person;
import io.taisei.organization.internal.PersonService;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organization module's public API: legal entities, departments and people, for the module's own pages and API
 * and for every module that needs an owner, a responder or a legal entity. Changes are validated against the rules
 * (unique codes, active references, no cycles, retire only what nothing active depends on); a refused change throws
 * {@link RuleViolationException}, an unknown id {@link RecordNotFoundException}. Retirements are published as
 * {@link LegalEntityRetired}, {@link DepartmentRetired} and {@link PersonRetired}.
 */
@Service
public class OrganizationManagement {

    /** Properties a list of legal entities may be sorted by (the API's and the pages' {@code sort}). */
    public static final Set<String> LEGAL_ENTITY_SORTS = Set.of("code", "name", "nameEn", "kind", "country", "status");
    public static final Set<String> DEPARTMENT_SORTS = Set.of("code", "name", "nameEn", "lineOfDefence", "status");
    public static final Set<String> PERSON_SORTS = Set.of("code", "name", "nameKana", "email", "jobTitle", "status");
    public static final Sort DEFAULT_SORT = Sort.by("code");

    private final LegalEntityService legalEntities;
    private final DepartmentService departments;
    private final PersonService people;

    OrganizationManagement(LegalEntityService legalEntities, DepartmentService departments, PersonService people) {
        this.legalEntities = legalEntities;
        this.departments = departments;
        this.people = people;
    }

    // --- legal entities ----------------------------------------------------------------------------------------

    public Page<LegalEntitySummary> legalEntities(LegalEntityFilter filter, Pageable pageable) {
        return legalEntities.search(filter, pageable).map(LegalEntity::toSummary);
    }

    /** @throws RecordNotFoundException if there is no such legal entity */
    public LegalEntitySummary legalEntity(LegalEntityId id) {
        return legalEntities.get(id.value()).toSummary();
    }

    public Optional<LegalEntitySummary> findLegalEntity(LegalEntityId id) {
        return legalEntities.find(id.value()).map(LegalEntity::toSummary);
    }

    /** Every active legal entity by code, for choosing one (there are few). */
    public List<LegalEntitySummary> activeLegalEntities() {
        return legalEntities.active().stream().map(LegalEntity::toSummary).toList();
    }

    public Map<LegalEntityId, LegalEntitySummary> legalEntitiesById(Collection<LegalEntityId> ids) {
        Set<Long> values = ids.stream().map(LegalEntityId::value).collect(Collectors.toSet());
        return legalEntities.byIds(values).stream().map(LegalEntity::toSummary)
                .collect(Collectors.toMap(LegalEntitySummary::id, Function.identity()));
    }

    public LegalEntitySummary createLegalEntity(LegalEntityDraft draft) {
        return legalEntities.create(draft).toSummary();
    }

    /** @param expectedVersion the version the caller last read, or null to skip the check */
    public LegalEntitySummary updateLegalEntity(LegalEntityId id, LegalEntityDraft draft, Long expectedVersion) {
        return legalEntities.update(id.value(), draft, expectedVersion).toSummary();
    }

    /** Refused while active departments or active subsidiary legal entities remain. {@code on} null: today. */
    public LegalEntitySummary retireLegalEntity(LegalEntityId id, LocalDate on, Long expectedVersion) {
        return legalEntities.retire(id.value(), on, expectedVersion).toSummary();
    }

    // --- departments -------------------------------------------------------------------------------------------

    public Page<DepartmentSummary> departments(DepartmentFilter filter, Pageable pageable) {
        return departments.search(filter, pageable).map(Department::toSummary);
    }

    /** @throws RecordNotFoundException if there is no such department */
    public DepartmentSummary department(DepartmentId id) {
        return departments.get(id.value()).toSummary();
    }

    public Optional<DepartmentSummary> findDepartment(DepartmentId id) {
        return departments.find(id.value()).map(Department::toSummary);
    }

    /** Every active department by code, for choosing one. */
    public List<DepartmentSummary> activeDepartments() {
        return departments.active().stream().map(Department::toSummary).toList();
    }

    public Map<DepartmentId, DepartmentSummary> departmentsById(Collection<DepartmentId> ids) {
        Set<Long> values = ids.stream().map(DepartmentId::value).collect(Collectors.toSet());
        return departments.byIds(values).stream().map(Department::toSummary)
                .collect(Collectors.toMap(DepartmentSummary::id, Function.identity()));
    }

    public DepartmentSummary createDepartment(DepartmentDraft draft) {
        return departments.create(draft).toSummary();
    }

    public DepartmentSummary updateDepartment(DepartmentId id, DepartmentDraft draft, Long expectedVersion) {
        return departments.update(id.value(), draft, expectedVersion).toSummary();
    }

    /** Refused while active sub-departments or active people remain. {@code on} null: today. */
    public DepartmentSummary retireDepartment(DepartmentId id, LocalDate on, Long expectedVersion) {
        return departments.retire(id.value(), on, expectedVersion).toSummary();
    }

    // --- people ------------------------------------------------------------------------------------------------

    public Page<PersonSummary> people(PersonFilter filter, Pageable pageable) {
        return people.search(filter, pageable).map(Person::toSummary);
    }

    /** @throws RecordNotFoundException if there is no such person */
    public PersonSummary person(PersonId id) {
        return people.get(id.value()).toSummary();
    }

    public Optional<PersonSummary> findPerson(PersonId id) {
        return people.find(id.value()).map(Person::toSummary);
    }

    /** The person linked to a Taisei user name, if any. */
    public Optional<PersonSummary> findPersonByUsername(String username) {
        return people.byUsername(username).map(Person::toSummary);
    }

    public PersonSummary createPerson(PersonDraft draft) {
        return people.create(draft).toSummary();
    }

    public PersonSummary updatePerson(PersonId id, PersonDraft draft, Long expectedVersion) {
        return people.update(id.value(), draft, expectedVersion).toSummary();
    }

    public PersonSummary retirePerson(PersonId id, LocalDate on, Long expectedVersion) {
        return people.retire(id.value(), on, expectedVersion).toSummary();
    }
}
