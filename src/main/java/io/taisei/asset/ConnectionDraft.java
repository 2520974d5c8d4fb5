package io.taisei.asset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A connection from a system (2.2.1.4): to another system ({@code toSystemId}), or to an external party, mobile access
 * or a third party named in {@code counterparty}; with the direction data flows, the categories of data that flow,
 * the protocol, whether it is encrypted, and the zone it runs through.
 */
public record ConnectionDraft(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.CODE, message = "{asset.validation.code}") String code,
        @NotNull ConnectionKind kind,
        @NotNull Long fromSystemId,
        Long toSystemId,
        @Size(max = 200) String counterparty,
        @NotNull Direction direction,
        @Size(max = 20) Set<@NotNull DataCategory> dataCategories,
        @Size(max = 100) String protocol,
        boolean encrypted,
        Long zoneId,
        @Size(max = 2000) String description) {

    public static ConnectionDraft empty() {
        return new ConnectionDraft(null, ConnectionKind.SYSTEM, null, null, null, Direction.OUTBOUND, Set.of(), null,
                true, null, null);
    }

    public static ConnectionDraft of(ConnectionSummary c) {
        return new ConnectionDraft(c.code(), c.kind(), c.fromSystemId().value(),
                c.toSystemId() == null ? null : c.toSystemId().value(), c.counterparty(), c.direction(),
                c.dataCategories(), c.protocol(), c.encrypted(), c.zoneId() == null ? null : c.zoneId().value(),
                c.description());
    }

    /** The same connection between these systems instead. */
    public ConnectionDraft withSystems(Long from, Long to) {
        return new ConnectionDraft(code, kind, from, to, counterparty, direction, dataCategories, protocol, encrypted,
                zoneId, description);
    }

    public Set<DataCategory> dataCategoriesOrEmpty() {
        return dataCategories == null ? Set.of() : dataCategories;
    }
}
