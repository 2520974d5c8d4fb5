package io.taisei.asset.internal;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;

/** What every ledger record shares: an id, a stable code (what imports match on), timestamps and a version. */
@MappedSuperclass
public abstract class AssetRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    /** upper(code), computed by the database (a generated column), unique: what lookups by code use */
    @Column(name = "code_key", length = 40, insertable = false, updatable = false)
    private String codeKey;

    /**
     * The record's code, names and identifiers in lower case in one column, computed by the database (a generated
     * column): what the list search looks in. Each ledger says which fields go in (migration asset_list_search).
     */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /**
     * The state of a record that a bulk import writes with JDBC instead of JPA: never handed to an EntityManager,
     * only used to bind, compare and describe rows as JPA would have written them.
     */
    void restore(long id, String codeKey, Instant createdAt, Instant updatedAt, long version) {
        this.id = id;
        this.codeKey = codeKey;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** The generated search column as read with a row written outside JPA. */
    void restoreSearchText(String searchText) {
        this.searchText = searchText;
    }

    String getSearchText() {
        return searchText;
    }

    /** What {@link #onCreate} and the id generation do on persist, for a record written by a bulk import. */
    void created(long id, Instant now) {
        this.id = id;
        createdAt = now;
        updatedAt = now;
    }

    /** What {@link #onUpdate} and the version check do on update, for a record written by a bulk import. */
    void updated(Instant now) {
        updatedAt = now;
        version++;
    }

    String getCodeKey() { return codeKey; }
    Instant getCreatedAt() { return createdAt; }

    public Long getId() { return id; }
    public String getCode() { return code; }
    protected void setCode(String code) { this.code = code; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
