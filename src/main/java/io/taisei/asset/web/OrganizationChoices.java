package io.taisei.asset.web;

import io.taisei.organization.DepartmentSummary;
import io.taisei.organization.LegalEntitySummary;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.OrganizationStatus;
import io.taisei.organization.PersonFilter;
import io.taisei.organization.PersonSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;

/** Legal entities, departments and people to choose owners from, and their names for display. */
@Component
class OrganizationChoices {

    /** The owner list is a plain select; beyond this many active people it is cut off (a search field is the cure). */
    static final int PEOPLE_LIMIT = 2000;

    private final OrganizationManagement organization;

    OrganizationChoices(OrganizationManagement organization) {
        this.organization = organization;
    }

    List<LegalEntitySummary> legalEntities() {
        return organization.activeLegalEntities();
    }

    List<DepartmentSummary> departments() {
        return organization.activeDepartments();
    }

    List<PersonSummary> people() {
        return organization.people(new PersonFilter(null, OrganizationStatus.ACTIVE, null, null, null),
                PageRequest.of(0, PEOPLE_LIMIT, Sort.by("code"))).getContent();
    }

    void addForForm(Model model) {
        model.addAttribute("legalEntityChoices", legalEntities());
        model.addAttribute("departmentChoices", departments());
        model.addAttribute("personChoices", people());
    }

    OrganizationManagement organization() {
        return organization;
    }
}
