package io.taisei.compliance.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a parsed catalog revision. Loading the same content again changes nothing; different content under a revision
 * that is already loaded is refused with {@link CatalogConflictException}.
 */
@Service
public class CatalogLoader {

    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

    public enum Outcome { LOADED, UNCHANGED }

    private final CatalogRepository catalogs;
    private final SectionRepository sections;
    private final ItemRepository items;
    private final Clock clock;

    CatalogLoader(CatalogRepository catalogs, SectionRepository sections, ItemRepository items,
                  Optional<Clock> clock) {
        this.catalogs = catalogs;
        this.sections = sections;
        this.items = items;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Outcome load(CatalogDocument document, String source) {
        String guidelineId = document.guideline().id();
        String revision = document.guideline().revision();
        String hash = document.contentHash();
        Optional<CatalogEntity> existing = catalogs.findByGuidelineIdAndRevision(guidelineId, revision);
        if (existing.isPresent()) {
            if (existing.get().getContentHash().equals(hash)) {
                log.debug("Catalog {} {} from {} is already loaded", guidelineId, revision, source);
                return Outcome.UNCHANGED;
            }
            throw new CatalogConflictException(guidelineId, revision, source, existing.get().getContentHash(), hash);
        }
        CatalogEntity catalog = catalogs.save(new CatalogEntity(document, source, Instant.now(clock)));
        Map<String, SectionEntity> byNumber = new HashMap<>();
        int sectionPosition = 0;
        int itemPosition = 0;
        for (CatalogDocument.Section section : document.sections()) {
            SectionEntity saved = sections.save(new SectionEntity(catalog.getId(), section, sectionPosition++));
            byNumber.put(section.number(), saved);
            for (CatalogDocument.Item item : section.items()) {
                items.save(new ItemEntity(catalog.getId(), saved, item, itemPosition++));
            }
        }
        log.info("Loaded catalog {} revision {} from {}: {} sections, {} items", guidelineId, revision, source,
                byNumber.size(), itemPosition);
        return Outcome.LOADED;
    }
}
