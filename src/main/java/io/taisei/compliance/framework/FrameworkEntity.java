package io.taisei.compliance.framework;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One imported version of a framework. Written once; only {@code currentVersion} moves to a newer import. */
@Entity
@Table(name = "cmp_fw_framework")
class FrameworkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String urn;

    @Column(name = "library_version", nullable = false)
    private int libraryVersion;

    @Column(name = "current_version", nullable = false)
    private boolean currentVersion;

    @Column(name = "ref_id", nullable = false, length = 200)
    private String refId;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(length = 10000)
    private String description;

    @Column(name = "library_urn", nullable = false, length = 300)
    private String libraryUrn;

    @Column(name = "library_ref_id", nullable = false, length = 200)
    private String libraryRefId;

    @Column(name = "library_name", length = 500)
    private String libraryName;

    @Column(nullable = false, length = 20)
    private String locale;

    @Column(length = 300)
    private String provider;

    @Column(length = 300)
    private String packager;

    @Column(length = 2000)
    private String copyright;

    @Column(name = "publication_date")
    private LocalDate publicationDate;

    @Column(name = "node_count", nullable = false)
    private int nodeCount;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    private String importedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cmp_fw_impl_group", joinColumns = @JoinColumn(name = "framework_id"))
    @OrderColumn(name = "position")
    private List<ImplementationGroupValue> implementationGroups = new ArrayList<>();

    protected FrameworkEntity() {
    }

    FrameworkEntity(LibraryDocument.Library library, LibraryDocument.Framework framework, String hash, String source,
                    Instant importedAt, String importedBy) {
        this.urn = framework.urn();
        this.libraryVersion = library.version();
        this.currentVersion = true;
        this.refId = framework.refId();
        this.name = framework.name();
        this.description = framework.description();
        this.libraryUrn = library.urn().toLowerCase(java.util.Locale.ROOT);
        this.libraryRefId = library.refId();
        this.libraryName = library.name();
        this.locale = library.locale();
        this.provider = library.provider();
        this.packager = library.packager();
        this.copyright = library.copyright();
        this.publicationDate = library.publicationDate();
        this.nodeCount = framework.nodes().size();
        this.contentHash = hash;
        this.source = source == null ? "-" : source.length() > 300 ? source.substring(source.length() - 300) : source;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        framework.implementationGroups().forEach(g ->
                implementationGroups.add(new ImplementationGroupValue(g.refId(), g.name(), g.description())));
    }

    void supersede() {
        this.currentVersion = false;
    }

    Long getId() { return id; }
    String getUrn() { return urn; }
    int getLibraryVersion() { return libraryVersion; }
    boolean isCurrentVersion() { return currentVersion; }
    String getRefId() { return refId; }
    String getName() { return name; }
    String getDescription() { return description; }
    String getLibraryUrn() { return libraryUrn; }
    String getLibraryRefId() { return libraryRefId; }
    String getLibraryName() { return libraryName; }
    String getLocale() { return locale; }
    String getProvider() { return provider; }
    String getPackager() { return packager; }
    String getCopyright() { return copyright; }
    LocalDate getPublicationDate() { return publicationDate; }
    int getNodeCount() { return nodeCount; }
    String getContentHash() { return contentHash; }
    String getSource() { return source; }
    Instant getImportedAt() { return importedAt; }
    String getImportedBy() { return importedBy; }
    List<ImplementationGroupValue> getImplementationGroups() { return implementationGroups; }
}
