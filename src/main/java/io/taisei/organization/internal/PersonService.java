package io.taisei.organization.internal;

import io.taisei.organization.OrganizationStatus;
import io.taisei.organization.PersonDraft;
import io.taisei.organization.PersonFilter;
import io.taisei.organization.PersonRetired;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** People and their rules: unique employee numbers, an active department, at most one person per Taisei user. */
@Service
@Transactional
public class PersonService {

    static final String RECORD = "person";

    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonService(PersonRepository people, DepartmentRepository departments, ApplicationEventPublisher events) {
        this.people = people;
        this.departments = departments;
        this.events = events;
        this.clock = Clock.systemDefaultZone();
    }

    @Transactional(readOnly = true)
    public Page<Person> search(PersonFilter filter, Pageable pageable) {
        return people.findAll(Searches.people(filter), Stable.order(pageable));
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(long id) {
        return people.findById(id);
    }

    @Transactional(readOnly = true)
    public Person get(long id) {
        return people.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    @Transactional(readOnly = true)
    public Optional<Person> byUsername(String username) {
        return username == null || username.isBlank() ? Optional.empty() : people.findByUsernameIgnoreCase(username.strip());
    }

    public Person create(PersonDraft draft) {
        if (people.existsByCodeIgnoreCase(Text.clean(draft.code()))) {
            throw RuleViolationException.conflict("code", "organization.rule.code.taken");
        }
        String username = Text.clean(draft.username());
        if (username != null && people.existsByUsernameIgnoreCase(username)) {
            throw RuleViolationException.conflict("username", "organization.rule.person.usernameTaken");
        }
        checkDepartment(draft.departmentId());
        return people.save(new Person(draft));
    }

    public Person update(long id, PersonDraft draft, Long expectedVersion) {
        Person person = get(id);
        Stable.checkVersion(person, expectedVersion);
        Retirement.requireActive(person);
        if (people.existsByCodeIgnoreCaseAndIdNot(Text.clean(draft.code()), id)) {
            throw RuleViolationException.conflict("code", "organization.rule.code.taken");
        }
        String username = Text.clean(draft.username());
        if (username != null && people.existsByUsernameIgnoreCaseAndIdNot(username, id)) {
            throw RuleViolationException.conflict("username", "organization.rule.person.usernameTaken");
        }
        if (!Objects.equals(person.getDepartmentId(), draft.departmentId())) {
            checkDepartment(draft.departmentId());
        }
        person.apply(draft);
        return people.saveAndFlush(person);
    }

    public Person retire(long id, LocalDate requested, Long expectedVersion) {
        Person person = get(id);
        Stable.checkVersion(person, expectedVersion);
        LocalDate on = Retirement.date(person, requested, clock);
        person.retire(on);
        Person saved = people.saveAndFlush(person);
        events.publishEvent(new PersonRetired(saved.toSummary().id(), saved.toSummary().departmentId(),
                saved.getCode(), saved.getUsername(), on));
        return saved;
    }

    private void checkDepartment(Long departmentId) {
        Department department = departments.findById(departmentId).orElseThrow(
                () -> RuleViolationException.invalid("departmentId", "organization.rule.department.unknown"));
        if (!department.isActive()) {
            throw RuleViolationException.invalid("departmentId", "organization.rule.department.retired");
        }
    }
}
