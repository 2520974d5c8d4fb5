package io.taisei.compliance;

import io.taisei.compliance.internal.CatalogDocument;
import io.taisei.compliance.internal.CatalogDocumentParser;
import io.taisei.compliance.internal.CatalogFormatException;
import io.taisei.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The shipped catalog checked against the reference material, and the parser's refusals. */
class CatalogDocumentTest {

    /** The shared reference folder sits beside the checkout (../shared), in CI as on a developer machine. */
    private static final Path REFERENCE = Path.of("..", "shared", "reference");

    /** Module names from DESIGN.md's module table. */
    private static final Set<String> MODULES = Set.of("organization", "identity", "audit", "governance", "asset",
            "vulnerability", "risk", "assurance", "detection", "incident", "thirdparty", "compliance", "reporting",
            "notification");

    private static final int SHARED_WORDS = 12;

    private final CatalogDocument catalog = CatalogFixtures.shipped();

    @Test
    void theCatalogHoldsExactlyTheItemsCountedInTheReferenceTable() throws IOException {
        Map<String, int[]> expected = referenceCounts();
        assertThat(expected).as("rows parsed from the reference table").hasSizeGreaterThan(30).containsKey("total");
        int[] total = expected.remove("total");

        Map<String, int[]> actual = new LinkedHashMap<>();
        for (CatalogDocument.Section section : catalog.sections()) {
            int fundamental = (int) section.items().stream().filter(i -> i.kind() == ItemKind.FUNDAMENTAL).count();
            int recommended = section.items().size() - fundamental;
            if (!section.items().isEmpty()) {
                actual.put(section.number(), new int[]{fundamental, recommended});
            }
        }
        assertThat(actual.keySet()).as("sections holding items").containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((number, counts) -> assertThat(actual.get(number))
                .as("fundamental and recommended items of %s", number).containsExactly(counts));
        long fundamental = catalog.items().stream().filter(i -> i.kind() == ItemKind.FUNDAMENTAL).count();
        long recommended = catalog.items().size() - fundamental;
        assertThat(new long[]{fundamental, recommended}).as("totals").containsExactly(total[0], total[1]);
    }

    @Test
    void itemIdsAreUniqueWellFormedAndFollowTheirSectionAndKind() {
        Pattern id = Pattern.compile("(2(?:\\.\\d+){1,3})-(\\d+|[a-z])");
        Set<String> seen = new HashSet<>();
        for (CatalogDocument.Section section : catalog.sections()) {
            int number = 0;
            char letter = 'a';
            for (CatalogDocument.Item item : section.items()) {
                assertThat(seen.add(item.id())).as("%s is unique", item.id()).isTrue();
                Matcher m = id.matcher(item.id());
                assertThat(m.matches()).as("%s is well-formed", item.id()).isTrue();
                assertThat(m.group(1)).as("section of %s", item.id()).isEqualTo(section.number());
                if (item.kind() == ItemKind.FUNDAMENTAL) {
                    assertThat(m.group(2)).as("fundamental items are numbered 1, 2, … in order")
                            .isEqualTo(String.valueOf(++number));
                } else {
                    assertThat(m.group(2)).as("recommended items are lettered a, b, … in order")
                            .isEqualTo(String.valueOf(letter++));
                }
            }
        }
    }

    @Test
    void everyItemHasSummariesInBothLanguagesFeaturesAndACsfMapping() {
        for (CatalogDocument.Item item : catalog.items()) {
            assertThat(item.summaryJa()).as("Japanese summary of %s", item.id()).isNotBlank()
                    .matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "is Japanese");
            assertThat(item.summaryEn()).as("English summary of %s", item.id()).isNotBlank().matches("[\\x20-\\x7E]+");
            assertThat(item.csf()).as("CSF mapping of %s", item.id()).isNotEmpty()
                    .allMatch(CatalogDocumentParser.CSF_CATEGORIES::contains);
            assertThat(item.features()).as("features of %s", item.id()).isNotEmpty().allMatch(MODULES::contains);
        }
        assertThat(catalog.csfUnofficial()).as("the CSF mapping is flagged unofficial").isTrue();
    }

    @Test
    void summariesAreOurOwnWordsNotTheGuidelines() throws IOException {
        Path text = REFERENCE.resolve("fsa-guideline-en.txt");
        if (TestDatabase.inCi()) {
            assertThat(text).as("the guideline text beside the checkout").exists();
        }
        assumeThat(Files.exists(text)).as("guideline text not found at %s; skipped on this machine", text).isTrue();
        List<String> guideline = words(Files.readString(text, StandardCharsets.UTF_8));
        Set<String> sequences = new HashSet<>();
        for (int i = 0; i + SHARED_WORDS <= guideline.size(); i++) {
            sequences.add(String.join(" ", guideline.subList(i, i + SHARED_WORDS)));
        }
        for (CatalogDocument.Item item : catalog.items()) {
            List<String> summary = words(item.summaryEn());
            for (int i = 0; i + SHARED_WORDS <= summary.size(); i++) {
                String run = String.join(" ", summary.subList(i, i + SHARED_WORDS));
                assertThat(sequences).as("%s shares '%s' with the guideline", item.id(), run).doesNotContain(run);
            }
        }
        // the check itself can fail: a sentence copied from the guideline is caught
        List<String> copied = words("Create data flow diagrams and network diagrams to appropriately manage data flows and networks");
        assertThat(sequences).contains(String.join(" ", copied.subList(0, SHARED_WORDS)));
    }

    /** The practitioner's summary quotes the Japanese guideline at length, so no 20-character run may be shared. */
    @Test
    void japaneseSummariesAreOurOwnWordsToo() throws IOException {
        Path text = REFERENCE.resolve("fsa-guideline-summary-ja.txt");
        if (TestDatabase.inCi()) {
            assertThat(text).as("the Japanese summary beside the checkout").exists();
        }
        assumeThat(Files.exists(text)).as("Japanese summary not found at %s; skipped on this machine", text).isTrue();
        String quoted = Files.readString(text, StandardCharsets.UTF_8).replaceAll("\\s", "");
        int run = 20;
        for (CatalogDocument.Item item : catalog.items()) {
            String summary = item.summaryJa().replaceAll("\\s", "");
            for (int i = 0; i + run <= summary.length(); i++) {
                String part = summary.substring(i, i + run);
                assertThat(quoted).as("%s shares '%s' with the guideline's wording", item.id(), part).doesNotContain(part);
            }
        }
        // the check itself can fail: a clause quoted in the reference is caught
        assertThat(quoted).contains("利用するクラウドサービスの仕様を確認し、理解を深める".substring(0, run));
    }

    @Test
    void theContentHashIgnoresLayoutButNotContent() {
        CatalogDocument same = CatalogFixtures.variant("2024-10", items -> items);
        CatalogDocument changed = CatalogFixtures.variant("2024-10", items -> {
            items.replaceAll(i -> i.id().equals("2.6-1") ? CatalogFixtures.withSummaryEn(i, "Changed.") : i);
            return items;
        });
        assertThat(CatalogFixtures.variant("2024-10", items -> items).contentHash()).isEqualTo(same.contentHash());
        assertThat(changed.contentHash()).isNotEqualTo(same.contentHash());
    }

    @Test
    void unknownFieldsAreRefusedWithTheirPlace() {
        String yaml = minimal().replace("        csf: [GV.PO]", "        csf: [GV.PO]\n        official: true");
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("item 2.1.1-1").hasMessageContaining("unknown field 'official'");
    }

    @Test
    void duplicateIdsAndKeysAreRefused() {
        String twice = minimal() + """
                      - id: "2.1.1-1"
                        kind: FUNDAMENTAL
                        ja: 重複
                        en: Duplicate.
                        features: [governance]
                        csf: [GV.PO]
                """;
        assertThatThrownBy(() -> parse(twice)).hasMessageContaining("2.1.1-1 appears twice");
        String duplicateKey = minimal().replace("        kind: FUNDAMENTAL", "        kind: FUNDAMENTAL\n        kind: RECOMMENDED");
        assertThatThrownBy(() -> parse(duplicateKey)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aKindThatContradictsTheNumberingOrAnUnknownCsfCategoryIsRefused() {
        assertThatThrownBy(() -> parse(minimal().replace("kind: FUNDAMENTAL", "kind: RECOMMENDED")))
                .hasMessageContaining("numbered");
        assertThatThrownBy(() -> parse(minimal().replace("csf: [GV.PO]", "csf: [XX.YY]")))
                .hasMessageContaining("not a NIST CSF 2.0 category");
        assertThatThrownBy(() -> parse(minimal().replace("csf: [GV.PO]", "csf: []")))
                .hasMessageContaining("at least one CSF category");
        assertThatThrownBy(() -> parse(minimal().replace("\"2.1.1-1\"", "\"2.1.2-1\"")))
                .hasMessageContaining("listed under section 2.1.1");
    }

    @Test
    void yamlBombsAndTypeTagsAreRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'm'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        assertThatThrownBy(() -> parse(bomb.toString())).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> parse("guideline: !!java.io.File [\"/etc/passwd\"]\n"))
                .isInstanceOf(CatalogFormatException.class);
    }

    private static CatalogDocument parse(String yaml) {
        return CatalogDocumentParser.parse(new StringReader(yaml), "test.yaml");
    }

    private static String minimal() {
        return """
                guideline:
                  id: test
                  revision: "1"
                  title: {ja: テスト, en: Test}
                  publisher: {ja: 発行者, en: Publisher}
                  issued: "2024-10-04"
                csf:
                  framework: NIST CSF 2.0
                  unofficial: true
                sections:
                  - number: "2.1"
                    title: {ja: 節, en: Section}
                  - number: "2.1.1"
                    title: {ja: 小節, en: Subsection}
                    items:
                      - id: "2.1.1-1"
                        kind: FUNDAMENTAL
                        ja: 要約
                        en: Summary.
                        features: [governance]
                        csf: [GV.PO]
                """;
    }

    /** Rows of the counts table in the reference README: section → {fundamental, recommended}, plus "total". */
    private static Map<String, int[]> referenceCounts() throws IOException {
        Path shared = REFERENCE.resolve("README.md");
        String markdown;
        if (Files.exists(shared)) {
            markdown = Files.readString(shared, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = CatalogDocumentTest.class.getResourceAsStream("/compliance/reference-README.md")) {
                assertThat(in).as("a copy of the reference README in test resources").isNotNull();
                markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Pattern row = Pattern.compile("^\\|\\s*(2(?:\\.\\d+)+)?\\s*\\|\\s*([^|]*?)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*$");
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String line : markdown.lines().toList()) {
            Matcher m = row.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1) != null ? m.group(1)
                    : m.group(2).toLowerCase(Locale.ROOT).equals("total") ? "total" : null;
            if (key != null) {
                counts.put(key, new int[]{Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))});
            }
        }
        return counts;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[a-z0-9]+").matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
