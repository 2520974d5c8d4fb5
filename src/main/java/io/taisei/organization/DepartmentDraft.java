package io.taisei.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters to create or change a department (form and API payload alike). */
public record DepartmentDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.CODE, message = "{organization.validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameEn,
        @NotNull Long legalEntityId,
        Long parentId,
        @NotNull LineOfDefence lineOfDefence) {

    public static DepartmentDraft empty() {
        return new DepartmentDraft(null, null, null, null, null, LineOfDefence.FIRST);
    }

    public static DepartmentDraft of(DepartmentSummary department) {
        return new DepartmentDraft(department.code(), department.name(), department.nameEn(),
                department.legalEntityId().value(),
                department.parentId() == null ? null : department.parentId().value(), department.lineOfDefence());
    }
}
