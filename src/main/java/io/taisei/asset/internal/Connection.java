package io.taisei.asset.internal;

import io.taisei.asset.ConnectionDraft;
import io.taisei.asset.ConnectionId;
import io.taisei.asset.ConnectionKind;
import io.taisei.asset.ConnectionSummary;
import io.taisei.asset.DataCategory;
import io.taisei.asset.Direction;
import io.taisei.asset.NetworkZoneId;
import io.taisei.asset.SystemId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A connection of ledger 4: from a system to another system or to a party outside, with the data that flows. */
@Entity
@Table(name = "ast_connection")
public class Connection extends AssetRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConnectionKind kind;
    @Column(name = "from_system_id", nullable = false)
    private Long fromSystemId;
    @Column(name = "to_system_id")
    private Long toSystemId;
    @Column(length = 200)
    private String counterparty;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;
    @Column(length = 100)
    private String protocol;
    @Column(nullable = false)
    private boolean encrypted;
    @Column(name = "zone_id")
    private Long zoneId;
    @Column(length = 2000)
    private String description;

    @ElementCollection
    @BatchSize(size = 100)
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "ast_connection_data", joinColumns = @JoinColumn(name = "connection_id"))
    @Column(name = "category", nullable = false, length = 30)
    private Set<DataCategory> dataCategories = new HashSet<>();

    protected Connection() {
    }

    Connection(ConnectionDraft draft) {
        apply(draft);
    }

    void apply(ConnectionDraft d) {
        setCode(Text.clean(d.code()));
        kind = d.kind();
        fromSystemId = d.fromSystemId();
        // a connection between systems names the other system; any other kind names the party outside
        toSystemId = kind == ConnectionKind.SYSTEM ? d.toSystemId() : null;
        counterparty = kind == ConnectionKind.SYSTEM ? null : Text.clean(d.counterparty());
        direction = d.direction();
        protocol = Text.clean(d.protocol());
        encrypted = d.encrypted();
        zoneId = d.zoneId();
        description = Text.clean(d.description());
        dataCategories.clear();
        dataCategories.addAll(d.dataCategoriesOrEmpty());
    }

    public ConnectionSummary toSummary() {
        return new ConnectionSummary(new ConnectionId(getId()), getCode(), kind, new SystemId(fromSystemId),
                SystemId.of(toSystemId), counterparty, direction,
                dataCategories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dataCategories)), protocol, encrypted,
                NetworkZoneId.of(zoneId), description, getVersion());
    }
}
