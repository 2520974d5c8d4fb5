package io.taisei.asset.internal;

import io.taisei.platform.CountLimitedPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries of the ledgers' list pages, each cheap whatever the size of the ledger:
 * <ol>
 *     <li>the ids of one page, in order, and one more to know whether a next page exists — only ids, because a
 *     database that must sort the matches (H2 sorts whenever the filter uses another index than the order) sorts
 *     narrow rows ten times faster than whole records;</li>
 *     <li>the records of those ids;</li>
 *     <li>only when there is a next page, a count that stops at {@link CountLimitedPage#countLimit}: counting every
 *     match of a filter over 100,000 records cost more than reading the page.</li>
 * </ol>
 */
@Component
class ListPages {

    @PersistenceContext
    private EntityManager entityManager;

    <T extends AssetRecord> CountLimitedPage<T> page(CrudRepository<T, Long> repository, Class<T> type,
                                                      Specification<T> filter, Pageable pageable) {
        List<Long> ids = ids(type, filter, pageable.getSort(), pageable.getOffset(), pageable.getPageSize() + 1);
        boolean hasNext = ids.size() > pageable.getPageSize();
        List<Long> onPage = hasNext ? ids.subList(0, pageable.getPageSize()) : ids;
        Map<Long, Integer> position = new HashMap<>();
        onPage.forEach(id -> position.put(id, position.size()));
        List<T> rows = new java.util.ArrayList<>();
        repository.findAllById(onPage).forEach(rows::add);
        rows.sort(Comparator.comparing(row -> position.get(row.getId())));
        if (!hasNext && (!rows.isEmpty() || pageable.getOffset() == 0)) {
            return CountLimitedPage.exact(rows, pageable, pageable.getOffset() + rows.size());
        }
        List<Long> counted = ids(type, filter, Sort.unsorted(), 0, CountLimitedPage.countLimit(pageable));
        return CountLimitedPage.of(rows, pageable, counted.size());
    }

    /** The ids of the matches from {@code offset} on, at most {@code limit} of them, in the given order. */
    private <T> List<Long> ids(Class<T> type, Specification<T> filter, Sort sort, long offset, long limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        query.select(root.get("id"));
        Predicate where = filter.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        if (sort.isSorted()) {
            query.orderBy(QueryUtils.toOrders(sort, root, cb));
        }
        TypedQuery<Long> ids = entityManager.createQuery(query);
        return ids.setFirstResult(Math.toIntExact(offset)).setMaxResults(Math.toIntExact(limit)).getResultList();
    }
}
