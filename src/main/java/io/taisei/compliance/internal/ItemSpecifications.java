package io.taisei.compliance.internal;

import io.taisei.compliance.CatalogItemFilter;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The item filters as SQL predicates, so that filtering and paging happen in the database. */
public final class ItemSpecifications {

    private ItemSpecifications() {
    }

    public static Specification<ItemEntity> matching(long catalogId, CatalogItemFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("catalogId"), catalogId));
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.section() != null) {
                var number = root.join("section").<String>get("number");
                predicates.add(cb.or(cb.equal(number, filter.section()),
                        cb.like(number, escape(filter.section()) + ".%", '\\')));
            }
            if (filter.csfFunction() != null) {
                Subquery<Long> mapped = query.subquery(Long.class);
                Root<ItemEntity> other = mapped.from(ItemEntity.class);
                Join<ItemEntity, CsfCategory> csf = other.join("csf");
                mapped.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                        cb.equal(csf.get("function"), filter.csfFunction()));
                predicates.add(cb.exists(mapped));
            }
            if (filter.text() != null) {
                String pattern = "%" + escape(filter.text().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("summaryJa")), pattern, '\\'),
                        cb.like(cb.lower(root.get("summaryEn")), pattern, '\\'),
                        cb.like(cb.lower(root.get("itemKey")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** User text is matched literally: % and _ are not wildcards. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
