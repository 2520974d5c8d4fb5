package io.taisei.compliance.internal;

import io.taisei.compliance.ItemKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** A catalog file as parsed and validated: the guideline revision, its sections and their items, in file order. */
public record CatalogDocument(Guideline guideline, boolean csfUnofficial, List<Section> sections) {

    public record Guideline(String id, String revision, String titleJa, String titleEn, String publisherJa,
                            String publisherEn, LocalDate issued, String noteJa, String noteEn) {
    }

    public record Section(String number, String titleJa, String titleEn, List<Item> items) {

        /** The enclosing section's number ({@code 2.2.1} for {@code 2.2.1.2}), or null for a top-level section. */
        public String parentNumber() {
            int dot = number.lastIndexOf('.');
            return number.indexOf('.') == dot ? null : number.substring(0, dot);
        }

        public int depth() {
            return (int) number.chars().filter(c -> c == '.').count();
        }
    }

    public record Item(String id, ItemKind kind, String summaryJa, String summaryEn, List<String> features,
                       List<String> csf) {
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /**
     * A hash of the content, not of the file's bytes: comments and formatting may change without touching a loaded
     * revision, but any change to what is stored does change the hash.
     */
    public String contentHash() {
        StringBuilder canonical = new StringBuilder();
        Guideline g = guideline;
        append(canonical, "guideline", g.id(), g.revision(), g.titleJa(), g.titleEn(), g.publisherJa(), g.publisherEn(),
                g.issued().toString(), g.noteJa(), g.noteEn(), String.valueOf(csfUnofficial));
        for (Section section : sections) {
            append(canonical, "section", section.number(), section.titleJa(), section.titleEn());
            for (Item item : section.items()) {
                append(canonical, "item", item.id(), item.kind().name(), item.summaryJa(), item.summaryEn(),
                        String.join(",", item.features()), String.join(",", item.csf()));
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder out, String tag, String... values) {
        out.append(tag);
        for (String value : values) {
            // length-prefixed so that no two different contents can produce the same canonical text
            String v = value == null ? "" : value;
            out.append('|').append(v.length()).append(':').append(v);
        }
        out.append('\n');
    }
}
