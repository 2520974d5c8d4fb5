package io.taisei.asset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A device or cloud service found outside the ledgers (2.2.1.2(d)): what it is, where and how it was found, when and
 * by whom, the department using it; then the decision with its follow-up (due date, done on, note). Brought under
 * management, it links to the ledger record created for it: a hardware/software record for a device, a system
 * (external service) for a cloud service.
 */
public record UnmanagedAssetDraft(
        @NotNull UnmanagedAssetKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 500) String foundWhere,
        @NotNull DiscoveryMethod discoveryMethod,
        @NotNull @PastOrPresent LocalDate discoveredOn,
        Long discoveredById,
        Long departmentId,
        UnmanagedAssetDecision decision,
        LocalDate decidedOn,
        LocalDate followUpDueOn,
        LocalDate followUpDoneOn,
        @Size(max = 2000) String followUpNote,
        Long hardwareSoftwareId,
        Long systemId) {

    public static UnmanagedAssetDraft empty(LocalDate today) {
        return new UnmanagedAssetDraft(UnmanagedAssetKind.CLOUD_SERVICE, null, null, DiscoveryMethod.PROXY_LOG, today,
                null, null, null, null, null, null, null, null, null);
    }

    public static UnmanagedAssetDraft of(UnmanagedAssetSummary u) {
        return new UnmanagedAssetDraft(u.kind(), u.name(), u.foundWhere(), u.discoveryMethod(), u.discoveredOn(),
                u.discoveredById(), u.departmentId(), u.decision(), u.decidedOn(), u.followUpDueOn(),
                u.followUpDoneOn(), u.followUpNote(), u.hardwareSoftwareId(), u.systemId());
    }
}
