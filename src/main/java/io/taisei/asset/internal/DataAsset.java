package io.taisei.asset.internal;

import io.taisei.asset.Classification;
import io.taisei.asset.DataAssetDraft;
import io.taisei.asset.DataAssetId;
import io.taisei.asset.DataAssetSummary;
import io.taisei.asset.DataCategory;
import io.taisei.asset.SystemId;
import io.taisei.organization.PersonId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A row of ledger 3: information, with the systems that store and process it. */
@Entity
@Table(name = "ast_data")
public class DataAsset extends AssetRecord {

    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DataCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Classification classification;
    @Column(length = 200)
    private String volume;
    @Column(length = 200)
    private String retention;
    @Column(name = "owner_id")
    private Long ownerId;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "ast_data_stored_in", joinColumns = @JoinColumn(name = "data_id"))
    @Column(name = "system_id", nullable = false)
    private Set<Long> storedIn = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "ast_data_processed_in", joinColumns = @JoinColumn(name = "data_id"))
    @Column(name = "system_id", nullable = false)
    private Set<Long> processedIn = new HashSet<>();

    protected DataAsset() {
    }

    DataAsset(DataAssetDraft draft) {
        apply(draft);
    }

    void apply(DataAssetDraft d) {
        setCode(Text.clean(d.code()));
        name = Text.clean(d.name());
        category = d.category();
        classification = d.classification();
        volume = Text.clean(d.volume());
        retention = Text.clean(d.retention());
        ownerId = d.ownerId();
        storedIn.clear();
        storedIn.addAll(d.storedInOrEmpty());
        processedIn.clear();
        processedIn.addAll(d.processedInOrEmpty());
    }

    public DataAssetSummary toSummary() {
        return new DataAssetSummary(new DataAssetId(getId()), getCode(), name, category, classification, ids(storedIn),
                ids(processedIn), volume, retention, PersonId.of(ownerId), getVersion());
    }

    private static Set<SystemId> ids(Set<Long> values) {
        return values.stream().map(SystemId::new).collect(Collectors.toUnmodifiableSet());
    }
}
