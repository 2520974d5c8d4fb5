package io.taisei.organization.internal;

import io.taisei.organization.DepartmentFilter;
import io.taisei.organization.LegalEntityFilter;
import io.taisei.organization.PersonFilter;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The list filters as SQL predicates, so that filtering and paging happen in the database. Text search is a
 * case-insensitive contains-match on {@code lower(column)}, which the PostgreSQL trigram indexes serve.
 */
final class Searches {

    private Searches() {
    }

    static Specification<LegalEntity> legalEntities(LegalEntityFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String pattern = pattern(filter.q());
            if (pattern != null) {
                where.add(anyLike(cb, pattern, root.<String>get("code"), root.<String>get("name"), root.<String>get("nameEn")));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Specification<Department> departments(DepartmentFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String pattern = pattern(filter.q());
            if (pattern != null) {
                where.add(anyLike(cb, pattern, root.<String>get("code"), root.<String>get("name"), root.<String>get("nameEn")));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.legalEntityId() != null) {
                where.add(cb.equal(root.get("legalEntityId"), filter.legalEntityId().value()));
            }
            if (filter.lineOfDefence() != null) {
                where.add(cb.equal(root.get("lineOfDefence"), filter.lineOfDefence()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Specification<Person> people(PersonFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String pattern = pattern(filter.q());
            if (pattern != null) {
                where.add(anyLike(cb, pattern, root.<String>get("code"), root.<String>get("name"), root.<String>get("nameKana"),
                        root.<String>get("email"), root.<String>get("username")));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.departmentId() != null) {
                where.add(cb.equal(root.get("departmentId"), filter.departmentId().value()));
            }
            if (filter.legalEntityId() != null) {
                Subquery<Long> departments = query.subquery(Long.class);
                Root<Department> department = departments.from(Department.class);
                departments.select(department.get("id"))
                        .where(cb.equal(department.get("legalEntityId"), filter.legalEntityId().value()));
                where.add(root.get("departmentId").in(departments));
            }
            if (filter.role() != null) {
                where.add(cb.isMember(filter.role(), root.get("roles")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
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

    @SafeVarargs
    private static Predicate anyLike(CriteriaBuilder cb, String pattern, Expression<String>... columns) {
        Predicate[] any = new Predicate[columns.length];
        for (int i = 0; i < columns.length; i++) {
            any[i] = cb.like(cb.lower(columns[i]), pattern, '\\');
        }
        return cb.or(any);
    }
}
