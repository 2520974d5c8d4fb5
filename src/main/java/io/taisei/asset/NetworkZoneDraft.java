package io.taisei.asset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A network zone or segment (2.2.1.4); {@code addressRanges} lists its CIDR ranges as the network team writes them. */
public record NetworkZoneDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.CODE, message = "{asset.validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ZoneKind kind,
        @Size(max = 1000) @Pattern(regexp = "^[0-9a-fA-F.:/,\\s]*$", message = "{asset.validation.addressRanges}") String addressRanges,
        @Size(max = 2000) String description) {

    public static NetworkZoneDraft empty() {
        return new NetworkZoneDraft(null, null, ZoneKind.INTERNAL, null, null);
    }

    public static NetworkZoneDraft of(NetworkZoneSummary z) {
        return new NetworkZoneDraft(z.code(), z.name(), z.kind(), z.addressRanges(), z.description());
    }
}
