package io.taisei.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** What a user enters to create or change a person (form and API payload alike). */
public record PersonDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.CODE, message = "{organization.validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Pattern(regexp = Codes.KANA, message = "{organization.validation.nameKana}") String nameKana,
        @NotBlank @Size(max = 254) @Email(regexp = Codes.EMAIL) String email,
        @Size(max = 30) @Pattern(regexp = Codes.PHONE, message = "{organization.validation.phone}") String phone,
        @NotNull Long departmentId,
        @Size(max = 200) String jobTitle,
        @Size(max = 20) Set<@NotNull OrganizationalRole> roles,
        @Size(max = 100) @Pattern(regexp = Codes.USERNAME, message = "{organization.validation.username}") String username) {

    public static PersonDraft empty() {
        return new PersonDraft(null, null, null, null, null, null, null, Set.of(), null);
    }

    public static PersonDraft of(PersonSummary person) {
        return new PersonDraft(person.code(), person.name(), person.nameKana(), person.email(), person.phone(),
                person.departmentId().value(), person.jobTitle(), person.roles(), person.username());
    }
}
