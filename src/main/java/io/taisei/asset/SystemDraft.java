package io.taisei.asset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to create or change an information system or external system service (form, API and import alike).
 * RTO and RPO are in minutes. The service fields (kind, provider, shared responsibility, contract) concern external
 * services; the provider and service kind are required for them.
 */
public record SystemDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.CODE, message = "{asset.validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String purpose,
        @NotNull SystemKind kind,
        @NotNull Long legalEntityId,
        @NotNull Long departmentId,
        Long ownerId,
        @NotNull LifecycleStatus lifecycle,
        @NotNull Importance importance,
        @NotNull Rating confidentiality,
        @NotNull Rating integrity,
        @NotNull Rating availability,
        boolean internetExposed,
        @NotNull Environment environment,
        @Min(0) @Max(525_600) Integer rtoMinutes,
        @Min(0) @Max(525_600) Integer rpoMinutes,
        ServiceKind serviceKind,
        @Size(max = 200) String provider,
        @Size(max = 4000) String sharedResponsibility,
        @Size(max = 200) String contractReference) {

    public static SystemDraft empty() {
        return new SystemDraft(null, null, null, SystemKind.IN_HOUSE, null, null, null, LifecycleStatus.IN_SERVICE,
                Importance.MEDIUM, Rating.MEDIUM, Rating.MEDIUM, Rating.MEDIUM, false, Environment.PRODUCTION,
                null, null, null, null, null, null);
    }

    public static SystemDraft of(SystemSummary s) {
        return new SystemDraft(s.code(), s.name(), s.purpose(), s.kind(), s.legalEntityId().value(),
                s.departmentId().value(), s.ownerId() == null ? null : s.ownerId().value(), s.lifecycle(),
                s.importance(), s.confidentiality(), s.integrity(), s.availability(), s.internetExposed(),
                s.environment(), s.rtoMinutes(), s.rpoMinutes(), s.serviceKind(), s.provider(),
                s.sharedResponsibility(), s.contractReference());
    }
}
