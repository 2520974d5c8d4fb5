package io.taisei.compliance.framework;

import jakarta.persistence.*;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** An imported requirement mapping set (one library version of it). */
@Entity
@Table(name = "cmp_fw_mapping_set")
class MappingSetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String urn;

    @Column(name = "library_urn", nullable = false, length = 300)
    private String libraryUrn;

    @Column(name = "library_version", nullable = false)
    private int libraryVersion;

    @Column(name = "ref_id", length = 200)
    private String refId;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(length = 10000)
    private String description;

    @Column(name = "source_framework_urn", nullable = false, length = 300)
    private String sourceFrameworkUrn;

    @Column(name = "target_framework_urn", nullable = false, length = 300)
    private String targetFrameworkUrn;

    @Column(name = "mapping_count", nullable = false)
    private int mappingCount;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    private String importedBy;

    // the library the set came in (null for sets imported before Taisei kept it)
    @Column(name = "library_ref_id", length = 200)
    private String libraryRefId;

    @Column(name = "library_name", length = 500)
    private String libraryName;

    @Column(name = "library_description", length = 10000)
    private String libraryDescription;

    @Column(length = 20)
    private String locale;

    @Column(length = 2000)
    private String copyright;

    @Column(length = 300)
    private String provider;

    @Column(length = 300)
    private String packager;

    @Column(name = "publication_date")
    private LocalDate publicationDate;

    /** Of the library's and the set's translations; null for a set imported before they were kept. */
    @Column(name = "translations_hash", length = 64)
    private String translationsHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cmp_fw_mapping_set_translation", joinColumns = @JoinColumn(name = "mapping_set_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<MappingSetTranslationValue> translations = new ArrayList<>();

    protected MappingSetEntity() {
    }

    MappingSetEntity(LibraryDocument.Library library, LibraryDocument.MappingSet set, String hash,
                     String translationsHash, Instant importedAt, String importedBy) {
        this.urn = set.urn();
        this.libraryUrn = library.urn().toLowerCase(Locale.ROOT);
        this.libraryVersion = library.version();
        this.refId = set.refId();
        this.name = set.name();
        this.description = set.description();
        this.sourceFrameworkUrn = set.sourceFrameworkUrn();
        this.targetFrameworkUrn = set.targetFrameworkUrn();
        this.mappingCount = set.mappings().size();
        this.contentHash = hash;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.libraryRefId = library.refId();
        this.libraryName = library.name();
        this.libraryDescription = library.description();
        this.locale = library.locale();
        this.copyright = library.copyright();
        this.provider = library.provider();
        this.packager = library.packager();
        this.publicationDate = library.publicationDate();
        keepTranslations(library, set, translationsHash);
    }

    /** Keeps the translations of the library the set came in and of the set itself. */
    void keepTranslations(LibraryDocument.Library library, LibraryDocument.MappingSet set, String translationsHash) {
        this.translationsHash = translationsHash;
        translations.clear();
        add(MappingSetTranslationValue.LIBRARY, library.translations());
        add(MappingSetTranslationValue.SET, set.translations());
    }

    private void add(String target, Map<String, Translation> byLocale) {
        new TreeMap<>(byLocale).forEach((locale, t) ->
                translations.add(new MappingSetTranslationValue(target, locale, t.name(), t.description())));
    }

    private Map<String, Translation> translations(String target) {
        Map<String, Translation> out = new TreeMap<>();
        for (MappingSetTranslationValue t : translations) {
            if (t.target().equals(target)) {
                out.put(t.locale(), new Translation(t.name(), t.description(), null, null));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The set as a library of its own, under the urn and version of the library it came in. */
    LibraryDocument toDocument(List<LibraryDocument.Mapping> mappings) {
        LibraryDocument.Library library = new LibraryDocument.Library(libraryUrn, locale == null ? "en" : locale,
                libraryRefId == null ? (refId == null ? urn.substring(urn.lastIndexOf(':') + 1) : refId) : libraryRefId,
                libraryName == null ? name : libraryName, libraryDescription, copyright, libraryVersion,
                publicationDate, provider, packager, translations(MappingSetTranslationValue.LIBRARY));
        LibraryDocument.MappingSet set = new LibraryDocument.MappingSet(urn, refId, name, description,
                sourceFrameworkUrn, targetFrameworkUrn, mappings, translations(MappingSetTranslationValue.SET), 0);
        return new LibraryDocument(library, null, List.of(set), List.of());
    }

    MappingSetSummary toSummary() {
        return new MappingSetSummary(id, urn, refId, name, description, libraryVersion, sourceFrameworkUrn,
                targetFrameworkUrn, mappingCount, importedAt, importedBy, translations(MappingSetTranslationValue.SET),
                libraryName, translations(MappingSetTranslationValue.LIBRARY));
    }

    Long getId() { return id; }
    String getUrn() { return urn; }
    int getLibraryVersion() { return libraryVersion; }
    String getContentHash() { return contentHash; }
    String getTranslationsHash() { return translationsHash; }
    String getSourceFrameworkUrn() { return sourceFrameworkUrn; }
    String getTargetFrameworkUrn() { return targetFrameworkUrn; }
}
