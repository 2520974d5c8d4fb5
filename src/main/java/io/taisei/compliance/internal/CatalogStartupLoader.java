package io.taisei.compliance.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Loads every catalog file at start-up. A broken file or a changed loaded revision stops the start, loudly: running on
 * with a catalog that silently differs from the recorded one would make every assessment against it doubtful.
 */
@Component
@EnableConfigurationProperties(CatalogSettings.class)
class CatalogStartupLoader implements ApplicationRunner {

    private final CatalogSettings settings;
    private final CatalogLoader loader;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    CatalogStartupLoader(CatalogSettings settings, CatalogLoader loader) {
        this.settings = settings;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (String location : settings.locations()) {
            Resource[] resources = resolver.getResources(location);
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (Resource resource : resources) {
                String source = resource.getFilename();
                CatalogDocument document;
                try (InputStream in = resource.getInputStream()) {
                    document = CatalogDocumentParser.parse(in, source);
                }
                try {
                    loader.load(document, source);
                } catch (DataIntegrityViolationException raced) {
                    // another node loaded the same revision at the same moment: load again, which now finds it
                    // (and still refuses it if that node's content differs)
                    loader.load(document, source);
                }
            }
        }
    }
}
