package io.taisei.platform;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The JSON shape of a paginated list whose matches are counted only up to {@link Paging#COUNT_LIMIT} (see
 * {@link CountLimitedPage}): the fields of {@link PageResponse}, plus {@code countLimited}. Counting every match of a
 * filter over a ledger of 100,000 records cost more than reading the page itself.
 */
@Schema(description = "A page of a list whose matches are counted only up to " + Paging.COUNT_LIMIT
        + " (or up to the end of the requested page, when that lies further on).")
public record CountLimitedPageResponse<T>(
        List<T> content,
        int page,
        int size,
        @Schema(description = "The number of matches; when countLimited is true, counting stopped here and there are "
                + "more matches than this.")
        long totalElements,
        @Schema(description = "The number of pages; when countLimited is true, the pages known to exist (at least one "
                + "more than the requested page), and there may be more.")
        int totalPages,
        String sort,
        @Schema(description = "true when the matches were counted only up to totalElements and there are more; false "
                + "when totalElements is the exact number of matches.")
        boolean countLimited) {

    public static <E, T> CountLimitedPageResponse<T> of(CountLimitedPage<E> page, Function<E, T> mapper) {
        return new CountLimitedPageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
                page.getSize(), page.countedUpTo(), page.getTotalPages(), page.getSort().toString(),
                page.isCountLimited());
    }
}
