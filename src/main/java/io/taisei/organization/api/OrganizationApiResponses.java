package io.taisei.organization.api;

import io.taisei.organization.DepartmentSummary;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LegalEntitySummary;
import io.taisei.organization.LineOfDefence;
import io.taisei.organization.OrganizationStatus;
import io.taisei.organization.OrganizationalRole;
import io.taisei.organization.PersonSummary;

import java.time.LocalDate;
import java.util.Set;

/** The JSON shapes the organization API answers with: plain numeric ids, and the version for optimistic updates. */
final class OrganizationApiResponses {

    private OrganizationApiResponses() {
    }

    record LegalEntityResponse(long id, String code, String name, String nameEn, LegalEntityKind kind, String country,
                               Long parentId, OrganizationStatus status, LocalDate retiredOn, long version) {
        static LegalEntityResponse of(LegalEntitySummary e) {
            return new LegalEntityResponse(e.id().value(), e.code(), e.name(), e.nameEn(), e.kind(), e.country(),
                    e.parentId() == null ? null : e.parentId().value(), e.status(), e.retiredOn(), e.version());
        }
    }

    record DepartmentResponse(long id, String code, String name, String nameEn, long legalEntityId, Long parentId,
                              LineOfDefence lineOfDefence, OrganizationStatus status, LocalDate retiredOn, long version) {
        static DepartmentResponse of(DepartmentSummary d) {
            return new DepartmentResponse(d.id().value(), d.code(), d.name(), d.nameEn(), d.legalEntityId().value(),
                    d.parentId() == null ? null : d.parentId().value(), d.lineOfDefence(), d.status(), d.retiredOn(),
                    d.version());
        }
    }

    record PersonResponse(long id, String code, String name, String nameKana, String email, String phone,
                          long departmentId, String jobTitle, Set<OrganizationalRole> roles, String username,
                          OrganizationStatus status, LocalDate retiredOn, long version) {
        static PersonResponse of(PersonSummary p) {
            return new PersonResponse(p.id().value(), p.code(), p.name(), p.nameKana(), p.email(), p.phone(),
                    p.departmentId().value(), p.jobTitle(), p.roles(), p.username(), p.status(), p.retiredOn(),
                    p.version());
        }
    }

    /** The optional body of a retire request; without a date the record retires today. */
    record RetireRequest(LocalDate retiredOn) {
    }
}
