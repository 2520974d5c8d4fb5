package io.taisei.platform;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.Set;

/**
 * Turns page, size and sort requested by a client into a bounded {@link Pageable}: the size is capped at
 * {@link #MAX_SIZE} and only whitelisted properties can be sorted on, so a client can neither ask for the
 * whole table nor sort on an unindexed or internal column.
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    /**
     * List pages, and the API lists of the asset ledgers, count the rows of a filter only this far (see
     * {@link CountLimitedPage}); other API lists count them all.
     */
    public static final int COUNT_LIMIT = 1000;

    private Paging() {
    }

    public static Pageable of(Integer page, Integer size, String sort, Set<String> sortable, Sort defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidPagingException("page", "page.negative");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidPagingException("size", "page.size.range");
        }
        return PageRequest.of(p, s, parseSort(sort, sortable, defaultSort));
    }

    static Sort parseSort(String sort, Set<String> sortable, Sort defaultSort) {
        if (sort == null || sort.isBlank()) {
            return defaultSort;
        }
        String[] parts = sort.split(",");
        String property = parts[0].trim();
        if (!sortable.contains(property)) {
            throw new InvalidPagingException("sort", "page.sort.unknown");
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length > 1) {
            direction = Sort.Direction.fromOptionalString(parts[1].trim())
                    .orElseThrow(() -> new InvalidPagingException("sort", "page.sort.direction"));
        }
        return Sort.by(direction, property);
    }

    /** A paging parameter out of range; {@code messageKey} names the reason in the message bundles. */
    public static class InvalidPagingException extends RuntimeException {
        private final String field;
        private final String messageKey;

        public InvalidPagingException(String field, String messageKey) {
            super(field + ": " + messageKey);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
