package io.taisei.compliance.internal;

import io.taisei.compliance.ItemKind;
import jakarta.persistence.*;

import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "cmp_item")
public class ItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "catalog_id", nullable = false)
    private Long catalogId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private SectionEntity section;

    @Column(name = "item_key", nullable = false, length = 40)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "summary_ja", nullable = false, length = 1000)
    private String summaryJa;

    @Column(name = "summary_en", nullable = false, length = 1000)
    private String summaryEn;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cmp_item_feature", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "feature", nullable = false, length = 40)
    private Set<String> features = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cmp_item_csf", joinColumns = @JoinColumn(name = "item_id"))
    private Set<CsfCategory> csf = new LinkedHashSet<>();

    protected ItemEntity() {
    }

    ItemEntity(Long catalogId, SectionEntity section, CatalogDocument.Item item, int position) {
        this.catalogId = catalogId;
        this.section = section;
        this.itemKey = item.id();
        this.kind = item.kind();
        this.summaryJa = item.summaryJa();
        this.summaryEn = item.summaryEn();
        this.position = position;
        this.features.addAll(item.features());
        item.csf().forEach(category -> this.csf.add(new CsfCategory(category.substring(0, 2), category)));
    }

    public Long getId() { return id; }
    public Long getCatalogId() { return catalogId; }
    public SectionEntity getSection() { return section; }
    public String getItemKey() { return itemKey; }
    public ItemKind getKind() { return kind; }
    public String getSummaryJa() { return summaryJa; }
    public String getSummaryEn() { return summaryEn; }
    public int getPosition() { return position; }
    public Set<String> getFeatures() { return features; }
    public Set<CsfCategory> getCsf() { return csf; }
}
