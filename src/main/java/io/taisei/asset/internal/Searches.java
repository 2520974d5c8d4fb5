package io.taisei.asset.internal;

import io.taisei.asset.ConnectionFilter;
import io.taisei.asset.DataAssetFilter;
import io.taisei.asset.HardwareSoftwareFilter;
import io.taisei.asset.SystemFilter;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ledger list filters as SQL predicates, so that filtering and paging happen in the database. */
final class Searches {

    private Searches() {
    }

    static Specification<InformationSystem> systems(SystemFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String pattern = pattern(f.q());
            if (pattern != null) {
                where.add(contains(cb, root, pattern));
            }
            equal(cb, where, root.get("kind"), f.kind());
            equal(cb, where, root.get("lifecycle"), f.lifecycle());
            equal(cb, where, root.get("importance"), f.importance());
            equal(cb, where, root.get("protectionPriority"), f.protectionPriority());
            equal(cb, where, root.get("environment"), f.environment());
            equal(cb, where, root.get("internetExposed"), f.internetExposed());
            equal(cb, where, root.get("legalEntityId"), f.legalEntityId() == null ? null : f.legalEntityId().value());
            equal(cb, where, root.get("departmentId"), f.departmentId() == null ? null : f.departmentId().value());
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Specification<HardwareSoftware> hardwareSoftware(HardwareSoftwareFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String pattern = pattern(f.q());
            if (pattern != null) {
                where.add(contains(cb, root, pattern));
            }
            equal(cb, where, root.get("kind"), f.kind());
            if (f.systemId() != null) {
                Subquery<Long> runsIn = query.subquery(Long.class);
                Root<HardwareSoftware> item = runsIn.from(HardwareSoftware.class);
                Join<HardwareSoftware, Long> systems = item.join("systemIds");
                runsIn.select(item.get("id")).where(cb.equal(systems, f.systemId().value()));
                where.add(root.get("id").in(runsIn));
            }
            if (f.supportEndsBefore() != null) {
                where.add(cb.lessThan(root.get("supportEndsOn"), f.supportEndsBefore()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Specification<DataAsset> data(DataAssetFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String pattern = pattern(f.q());
            if (pattern != null) {
                where.add(contains(cb, root, pattern));
            }
            equal(cb, where, root.get("category"), f.category());
            equal(cb, where, root.get("classification"), f.classification());
            if (f.systemId() != null) {
                // one IN over the union of both links: an OR of two INs made both databases test every record
                where.add(root.get("id").in(((HibernateCriteriaBuilder) cb).union(
                        holders(query, cb, "storedIn", f.systemId().value()),
                        holders(query, cb, "processedIn", f.systemId().value()))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Subquery<Long> holders(jakarta.persistence.criteria.CriteriaQuery<?> query, CriteriaBuilder cb,
                                          String collection, long systemId) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<DataAsset> data = ids.from(DataAsset.class);
        Join<DataAsset, Long> systems = data.join(collection);
        return ids.select(data.get("id")).where(cb.equal(systems, systemId));
    }

    static Specification<NetworkZone> zones(String q) {
        return (root, query, cb) -> {
            String pattern = pattern(q);
            return pattern == null ? cb.conjunction() : contains(cb, root, pattern);
        };
    }

    static Specification<Connection> connections(ConnectionFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String pattern = pattern(f.q());
            if (pattern != null) {
                where.add(contains(cb, root, pattern));
            }
            equal(cb, where, root.get("kind"), f.kind());
            equal(cb, where, root.get("zoneId"), f.zoneId() == null ? null : f.zoneId().value());
            if (f.systemId() != null) {
                where.add(cb.or(cb.equal(root.get("fromSystemId"), f.systemId().value()),
                        cb.equal(root.get("toSystemId"), f.systemId().value())));
            }
            if (f.dataCategory() != null) {
                Subquery<Long> ids = query.subquery(Long.class);
                Root<Connection> connection = ids.from(Connection.class);
                Join<Connection, Object> categories = connection.join("dataCategories");
                ids.select(connection.get("id")).where(cb.equal(categories, f.dataCategory()));
                where.add(root.get("id").in(ids));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static void equal(CriteriaBuilder cb, List<Predicate> where, Expression<?> column, Object value) {
        if (value != null) {
            where.add(cb.equal(column, value));
        }
    }

    /**
     * Adds the code (unique) as the last sort key, in the direction of the last one, unless the sort has it already:
     * rows with equal sort values never jump between pages, and the index on (column, code) that every sortable column
     * has hands out a page in order, read forwards or backwards, so the database stops after it instead of sorting
     * every match.
     */
    static Pageable stable(Pageable pageable) {
        return stable(pageable, null);
    }

    /**
     * {@link #stable(Pageable)} for a list filtered to one value of {@code equalColumn}: sorted by that column first,
     * which changes nothing (every row has the same value) but lets H2 read the page in order from an index that
     * starts with it — (column, code), or (kind, support end, code) — instead of sorting every match: H2 takes an index
     * for the order only when it is the one it takes for the filter and its columns are those of the order.
     */
    static Pageable stable(Pageable pageable, String equalColumn) {
        Sort sort = pageable.getSort();
        if (sort.getOrderFor("code") == null) {
            sort = sort.and(Sort.by(lastDirection(sort), "code"));
        }
        if (equalColumn != null && sort.getOrderFor(equalColumn) == null) {
            sort = Sort.by(Sort.Order.by(equalColumn).with(sort.iterator().next().getDirection())).and(sort);
        }
        return pageable.isUnpaged() ? Pageable.unpaged(sort)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private static Sort.Direction lastDirection(Sort sort) {
        return sort.stream().reduce((first, second) -> second).map(Sort.Order::getDirection).orElse(Sort.Direction.ASC);
    }

    /** The filter on one value of an indexed column that {@link #stable(Pageable, String)} can sort within, if any. */
    static String equalColumn(HardwareSoftwareFilter f) {
        return f.kind() != null ? "kind" : null;
    }

    static String equalColumn(DataAssetFilter f) {
        return f.classification() != null ? "classification" : f.category() != null ? "category" : null;
    }

    static String equalColumn(SystemFilter f) {
        return f.importance() != null ? "importance" : f.kind() != null ? "kind" : f.lifecycle() != null ? "lifecycle"
                : f.protectionPriority() != null ? "protectionPriority" : f.environment() != null ? "environment"
                : f.legalEntityId() != null ? "legalEntityId" : f.departmentId() != null ? "departmentId"
                : f.internetExposed() != null ? "internetExposed" : null;
    }

    /** For records without a code (unmanaged assets): the id as the last sort key. */
    static Pageable stableById(Pageable pageable) {
        Sort sort = pageable.getSort().and(Sort.by("id"));
        return pageable.isUnpaged() ? Pageable.unpaged(sort)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    /**
     * {@code %text%} in lower case with LIKE wildcards escaped, or null when there is nothing to search for. Control
     * characters are dropped: the search column separates fields with one, and nobody types them.
     */
    static String pattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String escaped = q.strip().replaceAll("\\p{Cntrl}", "").toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return escaped.isEmpty() ? null : "%" + escaped + "%";
    }

    /**
     * The record's code, names or identifiers contain the text: one LIKE over the generated lower-case search column
     * (see {@link AssetRecord}), which a trigram index serves on PostgreSQL.
     */
    static Predicate contains(CriteriaBuilder cb, Root<? extends AssetRecord> root, String pattern) {
        return cb.like(root.get("searchText"), pattern, '\\');
    }

    /** Any of the columns contains the text, ignoring case (for records without a search column). */
    @SuppressWarnings("unchecked")
    static Predicate anyLike(CriteriaBuilder cb, String pattern, Expression<?>... columns) {
        Predicate[] any = new Predicate[columns.length];
        for (int i = 0; i < columns.length; i++) {
            any[i] = cb.like(cb.lower((Expression<String>) columns[i]), pattern, '\\');
        }
        return cb.or(any);
    }
}
