package io.taisei.asset.internal;

import io.taisei.asset.NetworkZoneDraft;
import io.taisei.asset.NetworkZoneId;
import io.taisei.asset.NetworkZoneSummary;
import io.taisei.asset.ZoneKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A network zone or segment of ledger 4. */
@Entity
@Table(name = "ast_network_zone")
public class NetworkZone extends AssetRecord {

    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ZoneKind kind;
    @Column(name = "address_ranges", length = 1000)
    private String addressRanges;
    @Column(length = 2000)
    private String description;

    protected NetworkZone() {
    }

    NetworkZone(NetworkZoneDraft draft) {
        apply(draft);
    }

    void apply(NetworkZoneDraft d) {
        setCode(Text.clean(d.code()));
        name = Text.clean(d.name());
        kind = d.kind();
        addressRanges = Text.clean(d.addressRanges());
        description = Text.clean(d.description());
    }

    public NetworkZoneSummary toSummary() {
        return new NetworkZoneSummary(new NetworkZoneId(getId()), getCode(), name, kind, addressRanges, description,
                getVersion());
    }
}
