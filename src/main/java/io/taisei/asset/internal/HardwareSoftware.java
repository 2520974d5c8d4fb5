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

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    // --- rows written by a bulk import with JDBC (see HardwareSoftwareImportWriter) ---------------------------------

    /** The columns a bulk import writes, in the order {@link #bind} binds them (the id and code_key aside). */
    static final String COLUMNS = "code, kind, vendor, product, product_version, cpe, purl, support_ends_on, "
            + "support_extendable, extended_support_ends_on, location, quantity, owner_id, created_at, updated_at, version";
    static final int COLUMN_COUNT = 16;

    /** A record as stored, from {@code select id, code_key, COLUMNS}; its systems are added by the caller. */
    static HardwareSoftware fromRow(ResultSet rs) throws SQLException {
        HardwareSoftware h = new HardwareSoftware();
        h.setCode(rs.getString(3));
        h.kind = HardwareSoftwareKind.valueOf(rs.getString(4));
        h.vendor = rs.getString(5);
        h.product = rs.getString(6);
        h.productVersion = rs.getString(7);
        h.cpe = rs.getString(8);
        h.purl = rs.getString(9);
        h.supportEndsOn = rs.getObject(10, LocalDate.class);
        h.supportExtendable = rs.getBoolean(11);
        h.extendedSupportEndsOn = rs.getObject(12, LocalDate.class);
        h.location = rs.getString(13);
        h.quantity = rs.getObject(14, Integer.class);
        h.ownerId = rs.getObject(15, Long.class);
        h.restore(rs.getLong(1), rs.getString(2), instant(rs, 16), instant(rs, 17), rs.getLong(18));
        // the database-generated columns, which a JPA-loaded entity holds too and so its audit entries show
        h.restoreSearchText(rs.getString(19));
        h.effectiveSupportEndsOn = rs.getObject(20, LocalDate.class);
        return h;
    }

    /** Binds {@link #COLUMNS} from parameter {@code first} on. */
    void bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        ps.setString(i++, getCode());
        ps.setString(i++, kind.name());
        setText(ps, i++, vendor);
        ps.setString(i++, product);
        setText(ps, i++, productVersion);
        setText(ps, i++, cpe);
        setText(ps, i++, purl);
        setDate(ps, i++, supportEndsOn);
        ps.setBoolean(i++, supportExtendable);
        setDate(ps, i++, extendedSupportEndsOn);
        setText(ps, i++, location);
        if (quantity == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, quantity);
        }
        if (ownerId == null) {
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setLong(i++, ownerId);
        }
        ps.setObject(i++, OffsetDateTime.ofInstant(getCreatedAt(), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(i++, OffsetDateTime.ofInstant(getUpdatedAt(), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setLong(i, getVersion());
    }

    /** The systems it runs in, to fill after {@link #fromRow} and to write. */
    Set<Long> systems() {
        return systemIds;
    }

    /**
     * The state as the audit trail's entity listener records this entity (property → value; enums by name, dates
     * as ISO text, the systems as a list sorted as text), so that an imported row reads in the trail and on the
     * record's history exactly like one saved through JPA.
     */
    Map<String, Object> auditState() {
        Map<String, Object> state = new TreeMap<>();
        state.put("code", getCode());
        state.put("codeKey", getCodeKey());
        state.put("cpe", cpe);
        state.put("createdAt", text(getCreatedAt()));
        state.put("effectiveSupportEndsOn", text(effectiveSupportEndsOn));
        state.put("extendedSupportEndsOn", text(extendedSupportEndsOn));
        state.put("kind", kind == null ? null : kind.name());
        state.put("location", location);
        state.put("ownerId", ownerId);
        state.put("product", product);
        state.put("productVersion", productVersion);
        state.put("purl", purl);
        state.put("quantity", quantity);
        state.put("searchText", getSearchText());
        state.put("supportEndsOn", text(supportEndsOn));
        state.put("supportExtendable", supportExtendable);
        state.put("systemIds", systemIds.stream().sorted(Comparator.comparing(String::valueOf)).toList());
        state.put("updatedAt", text(getUpdatedAt()));
        state.put("vendor", vendor);
        state.put("version", getVersion());
        return state;
    }

    /**
     * Whether two {@link #auditState}s hold the same values apart from the timestamps and the version (JPA writes
     * no update, and so no audit entry, for a record whose values did not change).
     */
    static boolean sameValues(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> a = new TreeMap<>(before);
        Map<String, Object> b = new TreeMap<>(after);
        for (String stamp : List.of("createdAt", "updatedAt", "version")) {
            a.remove(stamp);
            b.remove(stamp);
        }
        return a.equals(b);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value, Types.DATE);
        }
    }

    public HardwareSoftwareSummary toSummary() {
        return new HardwareSoftwareSummary(new HardwareSoftwareId(getId()), getCode(), kind, vendor, product,
                productVersion, cpe, purl, supportEndsOn, supportExtendable, extendedSupportEndsOn, location, quantity,
                PersonId.of(ownerId), systemIds.stream().map(SystemId::new).collect(Collectors.toUnmodifiableSet()),
                getVersion());
    }
}
