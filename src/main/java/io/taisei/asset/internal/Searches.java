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
                where.add(anyLike(cb, pattern, root.get("code"), root.get("name"), root.get("provider")));
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
                where.add(anyLike(cb, pattern, root.get("code"), root.get("vendor"), root.get("product"),
                        root.get("productVersion"), root.get("cpe"), root.get("purl")));
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
                where.add(anyLike(cb, pattern, root.get("code"), root.get("name")));
            }
            equal(cb, where, root.get("category"), f.category());
            equal(cb, where, root.get("classification"), f.classification());
            if (f.systemId() != null) {
                where.add(cb.or(root.get("id").in(holders(query, cb, "storedIn", f.systemId().value())),
                        root.get("id").in(holders(query, cb, "processedIn", f.systemId().value()))));
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
            return pattern == null ? cb.conjunction()
                    : anyLike(cb, pattern, root.get("code"), root.get("name"), root.get("addressRanges"));
        };
    }

    static Specification<Connection> connections(ConnectionFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String pattern = pattern(f.q());
            if (pattern != null) {
                where.add(anyLike(cb, pattern, root.get("code"), root.get("counterparty"), root.get("protocol")));
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
     * Adds the id as the last sort key, so that rows with equal sort values never jump between pages — unless the
     * sort has the code already, which is unique: then the unique index on code alone can serve the order (an extra
     * id key made the database sort the whole ledger for every page).
     */
    static Pageable stable(Pageable pageable) {
        Sort sort = pageable.getSort().getOrderFor("code") != null ? pageable.getSort()
                : pageable.getSort().and(Sort.by("id"));
        return pageable.isUnpaged() ? Pageable.unpaged(sort) : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    /** {@code %text%} in lower case with LIKE wildcards escaped, or null when there is nothing to search for. */
    static String pattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String escaped = q.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    @SuppressWarnings("unchecked")
    static Predicate anyLike(CriteriaBuilder cb, String pattern, Expression<?>... columns) {
        Predicate[] any = new Predicate[columns.length];
        for (int i = 0; i < columns.length; i++) {
            any[i] = cb.like(cb.lower((Expression<String>) columns[i]), pattern, '\\');
        }
        return cb.or(any);
    }
}
