package io.taisei.compliance;

import io.taisei.compliance.internal.CatalogDocument;
import io.taisei.compliance.internal.CatalogDocumentParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The shipped catalog file, and variants of it built for tests. */
final class CatalogFixtures {

    static final String SHIPPED = "compliance/catalog/fsa-cyber-2024-10.yaml";

    private CatalogFixtures() {
    }

    static CatalogDocument shipped() {
        try (InputStream in = CatalogFixtures.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is not on the classpath");
            }
            return CatalogDocumentParser.parse(in, SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped catalog with another revision name and each section's items rewritten by {@code change}. */
    static CatalogDocument variant(String revision, UnaryOperator<List<CatalogDocument.Item>> change) {
        CatalogDocument shipped = shipped();
        CatalogDocument.Guideline g = shipped.guideline();
        CatalogDocument.Guideline guideline = new CatalogDocument.Guideline(g.id(), revision, g.titleJa(), g.titleEn(),
                g.publisherJa(), g.publisherEn(), g.issued().minusYears(20), g.noteJa(), g.noteEn());
        List<CatalogDocument.Section> sections = new ArrayList<>();
        for (CatalogDocument.Section s : shipped.sections()) {
            sections.add(new CatalogDocument.Section(s.number(), s.titleJa(), s.titleEn(),
                    List.copyOf(change.apply(new ArrayList<>(s.items())))));
        }
        return new CatalogDocument(guideline, shipped.csfUnofficial(), sections);
    }

    static CatalogDocument.Item withSummaryEn(CatalogDocument.Item item, String summaryEn) {
        return new CatalogDocument.Item(item.id(), item.kind(), item.summaryJa(), summaryEn, item.features(), item.csf());
    }
}
