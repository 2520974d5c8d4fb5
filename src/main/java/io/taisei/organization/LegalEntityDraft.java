package io.taisei.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters to create or change a legal entity (form and API payload alike). */
public record LegalEntityDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.CODE, message = "{organization.validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameEn,
        @NotNull LegalEntityKind kind,
        @NotBlank @CountryCode String country,
        Long parentId) {

    public static LegalEntityDraft empty() {
        return new LegalEntityDraft(null, null, null, null, "JP", null);
    }

    public static LegalEntityDraft of(LegalEntitySummary entity) {
        return new LegalEntityDraft(entity.code(), entity.name(), entity.nameEn(), entity.kind(), entity.country(),
                entity.parentId() == null ? null : entity.parentId().value());
    }
}
