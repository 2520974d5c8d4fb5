package io.taisei.compliance;

import java.time.Instant;
import java.time.LocalDate;

/** A loaded catalog revision with the counts its data holds (never hard-coded). */
public record CatalogSummary(CatalogId id, String guidelineId, String revision, String titleJa, String titleEn,
                             String publisherJa, String publisherEn, LocalDate issuedOn, String noteJa, String noteEn,
                             boolean csfUnofficial, String source, String contentHash, Instant loadedAt,
                             long fundamentalItems, long recommendedItems) {

    public long totalItems() {
        return fundamentalItems + recommendedItems;
    }

    public String title(boolean japanese) {
        return japanese ? titleJa : titleEn;
    }
}
