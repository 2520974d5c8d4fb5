package io.taisei.compliance.internal;

import jakarta.persistence.*;

@Entity
@Table(name = "cmp_section")
public class SectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "catalog_id", nullable = false)
    private Long catalogId;

    @Column(nullable = false, length = 20)
    private String number;

    @Column(name = "parent_number", length = 20)
    private String parentNumber;

    @Column(nullable = false)
    private int depth;

    @Column(name = "title_ja", nullable = false, length = 300)
    private String titleJa;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(nullable = false)
    private int position;

    protected SectionEntity() {
    }

    SectionEntity(Long catalogId, CatalogDocument.Section section, int position) {
        this.catalogId = catalogId;
        this.number = section.number();
        this.parentNumber = section.parentNumber();
        this.depth = section.depth();
        this.titleJa = section.titleJa();
        this.titleEn = section.titleEn();
        this.position = position;
    }

    public Long getId() { return id; }
    public Long getCatalogId() { return catalogId; }
    public String getNumber() { return number; }
    public String getParentNumber() { return parentNumber; }
    public int getDepth() { return depth; }
    public String getTitleJa() { return titleJa; }
    public String getTitleEn() { return titleEn; }
    public int getPosition() { return position; }
}
