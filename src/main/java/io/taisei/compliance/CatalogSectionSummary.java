package io.taisei.compliance;

/**
 * A section or subsection (2.1 … 2.6, 2.1.1 …) with the items it holds directly and, in {@code total…}, those of its
 * subsections as well.
 */
public record CatalogSectionSummary(String number, String parentNumber, int depth, String titleJa, String titleEn,
                                    long fundamentalItems, long recommendedItems,
                                    long totalFundamentalItems, long totalRecommendedItems) {

    public String title(boolean japanese) {
        return japanese ? titleJa : titleEn;
    }
}
