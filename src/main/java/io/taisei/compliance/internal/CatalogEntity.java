package io.taisei.compliance.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/** A loaded catalog revision. Written once by {@link CatalogLoader}; never updated. */
@Entity
@Table(name = "cmp_catalog")
public class CatalogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "guideline_id", nullable = false, length = 100)
    private String guidelineId;

    @Column(nullable = false, length = 40)
    private String revision;

    @Column(name = "title_ja", nullable = false, length = 300)
    private String titleJa;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "publisher_ja", nullable = false, length = 200)
    private String publisherJa;

    @Column(name = "publisher_en", nullable = false, length = 200)
    private String publisherEn;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "note_ja", length = 1000)
    private String noteJa;

    @Column(name = "note_en", length = 1000)
    private String noteEn;

    @Column(name = "csf_unofficial", nullable = false)
    private boolean csfUnofficial;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected CatalogEntity() {
    }

    CatalogEntity(CatalogDocument document, String source, Instant loadedAt) {
        CatalogDocument.Guideline g = document.guideline();
        this.guidelineId = g.id();
        this.revision = g.revision();
        this.titleJa = g.titleJa();
        this.titleEn = g.titleEn();
        this.publisherJa = g.publisherJa();
        this.publisherEn = g.publisherEn();
        this.issuedOn = g.issued();
        this.noteJa = g.noteJa();
        this.noteEn = g.noteEn();
        this.csfUnofficial = document.csfUnofficial();
        this.source = source.length() > 300 ? source.substring(source.length() - 300) : source;
        this.contentHash = document.contentHash();
        this.loadedAt = loadedAt;
    }

    public Long getId() { return id; }
    public String getGuidelineId() { return guidelineId; }
    public String getRevision() { return revision; }
    public String getTitleJa() { return titleJa; }
    public String getTitleEn() { return titleEn; }
    public String getPublisherJa() { return publisherJa; }
    public String getPublisherEn() { return publisherEn; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getNoteJa() { return noteJa; }
    public String getNoteEn() { return noteEn; }
    public boolean isCsfUnofficial() { return csfUnofficial; }
    public String getSource() { return source; }
    public String getContentHash() { return contentHash; }
    public Instant getLoadedAt() { return loadedAt; }
}
