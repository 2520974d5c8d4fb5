package io.taisei.organization.internal;

import io.taisei.organization.DepartmentId;
import io.taisei.organization.OrganizationalRole;
import io.taisei.organization.PersonDraft;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "org_person")
public class Person extends OrganizationRecord {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_kana", length = 200)
    private String nameKana;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Column(length = 100)
    private String username;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<OrganizationalRole> roles = new HashSet<>();

    protected Person() {
    }

    Person(PersonDraft draft) {
        apply(draft);
    }

    void apply(PersonDraft draft) {
        setCode(Text.clean(draft.code()));
        this.name = Text.clean(draft.name());
        this.nameKana = Text.clean(draft.nameKana());
        this.email = Text.clean(draft.email());
        this.phone = Text.clean(draft.phone());
        this.departmentId = draft.departmentId();
        this.jobTitle = Text.clean(draft.jobTitle());
        this.username = Text.clean(draft.username());
        this.roles.clear();
        if (draft.roles() != null) {
            this.roles.addAll(draft.roles());
        }
    }

    public Long getDepartmentId() { return departmentId; }
    public String getUsername() { return username; }

    public PersonSummary toSummary() {
        Set<OrganizationalRole> copy = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        return new PersonSummary(new PersonId(getId()), getCode(), name, nameKana, email, phone,
                new DepartmentId(departmentId), jobTitle, copy, username, getStatus(), getRetiredOn(), getVersion());
    }
}
