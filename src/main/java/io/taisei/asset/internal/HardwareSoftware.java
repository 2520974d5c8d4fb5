package io.taisei.asset.internal;

import io.taisei.asset.HardwareSoftwareDraft;
import io.taisei.asset.HardwareSoftwareId;
import io.taisei.asset.HardwareSoftwareKind;
import io.taisei.asset.HardwareSoftwareSummary;
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

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A row of ledger 2: hardware or software, with the systems it runs in. */
@Entity
@Table(name = "ast_hardware_software")
public class HardwareSoftware extends AssetRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HardwareSoftwareKind kind;
    @Column(length = 200)
    private String vendor;
    @Column(nullable = false, length = 200)
    private String product;
    @Column(name = "product_version", length = 100)
    private String productVersion;
    @Column(length = 500)
    private String cpe;
    @Column(length = 1000)
    private String purl;
    @Column(name = "support_ends_on")
    private LocalDate supportEndsOn;
    @Column(name = "support_extendable", nullable = false)
    private boolean supportExtendable;
    @Column(name = "extended_support_ends_on")
    private LocalDate extendedSupportEndsOn;
    /** the extended end when support was extended, else the regular end; computed by the database (generated) */
    @Column(name = "effective_support_ends_on", insertable = false, updatable = false)
    private LocalDate effectiveSupportEndsOn;
    @Column(length = 200)
    private String location;
    private Integer quantity;
    @Column(name = "owner_id")
    private Long ownerId;

    @ElementCollection
    @BatchSize(size = 100) // a list page loads the links of all its rows in one or two queries, not one per row
    @CollectionTable(name = "ast_hardware_software_system", joinColumns = @JoinColumn(name = "hardware_software_id"))
    @Column(name = "system_id", nullable = false)
    private Set<Long> systemIds = new HashSet<>();

    protected HardwareSoftware() {
    }

    HardwareSoftware(HardwareSoftwareDraft draft) {
        apply(draft);
    }

    void apply(HardwareSoftwareDraft d) {
        setCode(Text.clean(d.code()));
        kind = d.kind();
        vendor = Text.clean(d.vendor());
        product = Text.clean(d.product());
        productVersion = Text.clean(d.productVersion());
        cpe = Text.clean(d.cpe());
        purl = Text.clean(d.purl());
        supportEndsOn = d.supportEndsOn();
        supportExtendable = d.supportExtendable();
        extendedSupportEndsOn = d.supportExtendable() ? d.extendedSupportEndsOn() : null;
        location = Text.clean(d.location());
        quantity = d.quantity();
        ownerId = d.ownerId();
        systemIds.clear();
        systemIds.addAll(d.systemIdsOrEmpty());
    }

    public HardwareSoftwareSummary toSummary() {
        return new HardwareSoftwareSummary(new HardwareSoftwareId(getId()), getCode(), kind, vendor, product,
                productVersion, cpe, purl, supportEndsOn, supportExtendable, extendedSupportEndsOn, location, quantity,
                PersonId.of(ownerId), systemIds.stream().map(SystemId::new).collect(Collectors.toUnmodifiableSet()),
                getVersion());
    }
}
