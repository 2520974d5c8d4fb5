package io.taisei.compliance.framework;

import jakarta.persistence.*;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One imported version of a framework. Written once; only {@code currentVersion} moves to a newer import, and a version
 * imported before Taisei kept translations takes them (with the library's description) from the same file once.
 */
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

    @Column(name = "library_description", length = 10000)
    private String libraryDescription;

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

    /** Of the library's description and every translation; null for a version imported before they were kept. */
    @Column(name = "translations_hash", length = 64)
    private String translationsHash;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    private String importedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cmp_fw_impl_group", joinColumns = @JoinColumn(name = "framework_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<ImplementationGroupValue> implementationGroups = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cmp_fw_framework_translation", joinColumns = @JoinColumn(name = "framework_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<FrameworkTranslationValue> translations = new ArrayList<>();

    protected FrameworkEntity() {
    }

    FrameworkEntity(LibraryDocument.Library library, LibraryDocument.Framework framework, String hash,
                    String translationsHash, String source, Instant importedAt, String importedBy) {
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
        keepTexts(library, framework, translationsHash);
    }

    /** Keeps the library's description and the translations of the library, the framework and its groups. */
    void keepTexts(LibraryDocument.Library library, LibraryDocument.Framework framework, String translationsHash) {
        this.libraryDescription = library.description();
        this.translationsHash = translationsHash;
        translations.clear();
        add(FrameworkTranslationValue.LIBRARY, null, library.translations());
        add(FrameworkTranslationValue.FRAMEWORK, null, framework.translations());
        framework.implementationGroups().forEach(g -> add(FrameworkTranslationValue.GROUP, g.refId(), g.translations()));
    }

    private void add(String target, String groupRefId, Map<String, Translation> byLocale) {
        new TreeMap<>(byLocale).forEach((locale, t) ->
                translations.add(new FrameworkTranslationValue(target, groupRefId, locale, t.name(), t.description())));
    }

    /** The translations of the library, the framework or one group (by ref_id), by language code. */
    Map<String, Translation> translations(String target, String groupRefId) {
        Map<String, Translation> out = new TreeMap<>();
        for (FrameworkTranslationValue t : translations) {
            if (t.target().equals(target) && Objects.equals(t.groupRefId(), groupRefId)) {
                out.put(t.locale(), t.translation());
            }
        }
        return Collections.unmodifiableMap(out);
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
    String getLibraryDescription() { return libraryDescription; }
    String getTranslationsHash() { return translationsHash; }
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
