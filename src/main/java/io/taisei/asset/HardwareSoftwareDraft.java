package io.taisei.asset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user enters to create or change a hardware or software record (2.2.1.2). The CPE must be a CPE 2.3 formatted
 * string and the package URL a valid purl; an extended support date is only meaningful when support can be extended.
 * {@code systemIds} are the systems it runs in.
 */
public record HardwareSoftwareDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.CODE, message = "{asset.validation.code}") String code,
        @NotNull HardwareSoftwareKind kind,
        @Size(max = 200) String vendor,
        @NotBlank @Size(max = 200) String product,
        @Size(max = 100) String productVersion,
        @Size(max = 500) String cpe,
        @Size(max = 1000) String purl,
        LocalDate supportEndsOn,
        boolean supportExtendable,
        LocalDate extendedSupportEndsOn,
        @Size(max = 200) String location,
        @Min(1) @Max(10_000_000) Integer quantity,
        Long ownerId,
        @Size(max = 500) Set<@NotNull Long> systemIds) {

    public static HardwareSoftwareDraft empty() {
        return new HardwareSoftwareDraft(null, HardwareSoftwareKind.APPLICATION, null, null, null, null, null, null,
                false, null, null, 1, null, Set.of());
    }

    public static HardwareSoftwareDraft of(HardwareSoftwareSummary h) {
        return new HardwareSoftwareDraft(h.code(), h.kind(), h.vendor(), h.product(), h.productVersion(), h.cpe(), h.purl(),
                h.supportEndsOn(), h.supportExtendable(), h.extendedSupportEndsOn(), h.location(), h.quantity(),
                h.ownerId() == null ? null : h.ownerId().value(),
                h.systemIds().stream().map(SystemId::value).collect(java.util.stream.Collectors.toSet()));
    }

    /** The same record running in these systems instead. */
    public HardwareSoftwareDraft withSystemIds(Set<Long> ids) {
        return new HardwareSoftwareDraft(code, kind, vendor, product, productVersion, cpe, purl, supportEndsOn,
                supportExtendable, extendedSupportEndsOn, location, quantity, ownerId, ids);
    }

    public Set<Long> systemIdsOrEmpty() {
        return systemIds == null ? Set.of() : systemIds;
    }
}
