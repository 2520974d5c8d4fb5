package io.taisei.platform;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list whose rows were counted only up to a limit: counting every match of a filter over a ledger of
 * 100,000 rows cost more than reading the page itself. When there are more, {@link #isCountLimited()} is true,
 * {@link #getTotalElements()} is one more than {@link #countedUpTo()} (so that there is a next page) and a list page
 * says "more than {@code countedUpTo}" instead of a number; the asset ledgers' API lists say so with
 * {@link CountLimitedPageResponse#countLimited()}.
 */
public final class CountLimitedPage<T> extends PageImpl<T> {

    private final boolean countLimited;

    private CountLimitedPage(List<T> content, Pageable pageable, long total, boolean countLimited) {
        super(content, pageable, total);
        this.countLimited = countLimited;
    }

    /**
     * @param counted how many rows a count stopped at {@link #countLimit(Pageable)} found
     */
    public static <T> CountLimitedPage<T> of(List<T> content, Pageable pageable, long counted) {
        long limit = countLimit(pageable);
        return new CountLimitedPage<>(content, pageable, Math.min(counted, limit), counted >= limit);
    }

    /** A page whose total is known without counting (the last page, or a list that was not filtered). */
    public static <T> CountLimitedPage<T> exact(List<T> content, Pageable pageable, long total) {
        return new CountLimitedPage<>(content, pageable, total, false);
    }

    /**
     * How many rows to count at most: one more than {@link Paging#COUNT_LIMIT}, or than the rows up to the end of this
     * page when it lies further on (a later page must still know whether there is a next one).
     */
    public static long countLimit(Pageable pageable) {
        return Math.max(Paging.COUNT_LIMIT, pageable.getOffset() + pageable.getPageSize()) + 1;
    }

    public boolean isCountLimited() {
        return countLimited;
    }

    /** The number of rows the list has more than, when {@link #isCountLimited()}; else the total. */
    public long countedUpTo() {
        return countLimited ? getTotalElements() - 1 : getTotalElements();
    }

    /** The same page with other rows in place of these, one for one (rows converted in a batch). */
    public <U> CountLimitedPage<U> withContent(List<U> content) {
        if (content.size() != getNumberOfElements()) {
            throw new IllegalArgumentException("a page of " + getNumberOfElements() + " rows, not " + content.size());
        }
        return new CountLimitedPage<>(content, getPageable(), getTotalElements(), countLimited);
    }

    @Override
    public <U> CountLimitedPage<U> map(Function<? super T, ? extends U> converter) {
        return new CountLimitedPage<>(getConvertedContent(converter), getPageable(), getTotalElements(), countLimited);
    }
}
