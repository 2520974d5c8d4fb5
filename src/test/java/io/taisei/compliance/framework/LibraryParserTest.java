package io.taisei.compliance.framework;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library reader alone: what it keeps from a good file, and the reason and line for each kind of bad file. */
class LibraryParserTest {

    static final int LIMIT = 20 * 1024 * 1024;

    static LibraryDocument parse(String fixture) {
        try (InputStream in = LibraryParserTest.class.getResourceAsStream("/frameworks/" + fixture)) {
            if (in == null) {
                throw new IllegalStateException(fixture + " is not on the classpath");
            }
            return LibraryParser.parse(in, LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LibraryFormatException refusal(String fixture) {
        try {
            parse(fixture);
        } catch (LibraryFormatException e) {
            return e;
        }
        throw new AssertionError(fixture + " was accepted");
    }

    @Test
    void aFrameworkLibraryIsReadWithItsTreeGroupsAndTheFieldsLeftOut() {
        LibraryDocument doc = parse("internal-standard.yaml");
        assertThat(doc.library().urn()).isEqualTo("urn:example:risk:library:bank-standard");
        assertThat(doc.library().version()).isEqualTo(1);
        assertThat(doc.library().locale()).isEqualTo("en");
        assertThat(doc.library().provider()).isEqualTo("Example Bank");
        assertThat(doc.framework().implementationGroups()).extracting(LibraryDocument.ImplementationGroup::refId)
                .containsExactly("core", "critical");
        assertThat(doc.framework().nodes()).extracting(LibraryDocument.Node::refId)
                .containsExactly("1", "1.1", "1.2", "2", "2.1");
        LibraryDocument.Node weakness = doc.framework().nodes().get(2);
        assertThat(weakness.parentUrn()).isEqualTo("urn:example:risk:req_node:bank-standard:1");
        assertThat(weakness.depth()).isEqualTo(2);
        assertThat(weakness.assessable()).isTrue();
        assertThat(weakness.implementationGroups()).containsExactly("critical");
        assertThat(weakness.annotation()).isEqualTo("Deadlines are in the patch policy.");
        assertThat(doc.library().publicationDate()).isEqualTo(java.time.LocalDate.of(2026, 4, 1));
        assertThat(doc.ignoredFields()).contains("convert_library_version", "framework.min_score",
                "framework.max_score", "framework.scores_definition", "requirement_nodes.reference_controls")
                .doesNotContain("translations", "requirement_nodes.translations");
        assertThat(doc.library().translations()).containsOnlyKeys("ja");
        assertThat(doc.library().translations().get("ja").name()).isEqualTo("架空銀行セキュリティ基準");
        assertThat(doc.framework().nodes().get(1).translations().get("ja"))
                .isEqualTo(new Translation("ソフトウェア台帳", null, null, null));
    }

    @Test
    void translationsAreReadPerLanguageOnTheLibraryFrameworkGroupsAndNodes() {
        LibraryDocument doc = parse("translated-standard.yaml");
        assertThat(doc.library().description()).isEqualTo("Security rules for an imaginary payment service, for tests.");
        assertThat(doc.library().translations()).containsOnlyKeys("ja", "fr");
        assertThat(doc.library().translations().get("fr"))
                .isEqualTo(new Translation("Norme de sécurité des paiements (exemple)", null, null, null));
        assertThat(doc.framework().translations().get("ja"))
                .isEqualTo(new Translation("架空決済セキュリティ基準", "決済システムが必ず行うこと。", null, null));
        // a null text is no translation of that field: the original shows instead
        assertThat(doc.framework().translations().get("fr").description()).isNull();
        assertThat(doc.framework().implementationGroups().get(0).translations().get("ja"))
                .isEqualTo(new Translation("基本", "すべての決済システム", null, null));
        LibraryDocument.Node rotation = doc.framework().nodes().get(1);
        assertThat(rotation.translations().get("ja")).isEqualTo(new Translation("鍵の更新",
                "署名鍵を少なくとも年に一度更新する。", "鍵管理手順を参照。", "更新日付きの鍵台帳"));
        assertThat(doc.framework().nodes().get(2).translations()).isEmpty();
        assertThat(doc.ignoredFields()).containsExactly("requirement_nodes.translations.questions");
    }

    @Test
    void aFieldATranslationCannotHoldIsRefusedLikeAnyUnknownField() {
        LibraryFormatException e = refusal("bad/unknown-translation-field.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.unknownField");
        assertThat(e.arguments()).containsExactly("nmae", "translations", 17);
    }

    @Test
    void translationsThatAreNotAMappingOfLanguagesAreRefused() {
        LibraryFormatException e = refusal("bad/translation-not-mapping.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.notMapping");
        assertThat(e.arguments()).containsExactly("translations", 10);
        LibraryFormatException language = refusal("bad/translation-locale.yaml");
        assertThat(language.messageKey()).isEqualTo("framework.import.locale");
        assertThat(language.arguments()).containsExactly("Japanese language", 7);
    }

    @Test
    void nodesListedBeforeTheirParentComeOutParentsFirst() {
        String yaml = """
                urn: urn:x:library:order
                locale: en
                ref_id: ORDER
                name: Order
                version: 1
                objects:
                  framework:
                    urn: urn:x:framework:order
                    ref_id: ORDER
                    requirement_nodes:
                      - {urn: "urn:x:node:b", parent_urn: "urn:x:node:a", ref_id: B, assessable: true}
                      - {urn: "urn:x:node:a", ref_id: A}
                      - {urn: "urn:x:node:c", ref_id: C}
                """;
        LibraryDocument doc = LibraryParser.parse(new StringReader(yaml), LIMIT);
        assertThat(doc.framework().nodes()).extracting(LibraryDocument.Node::refId).containsExactly("A", "B", "C");
        assertThat(doc.framework().nodes()).extracting(LibraryDocument.Node::depth).containsExactly(1, 2, 1);
    }

    @Test
    void depthsCountedFromZeroThroughoutAreReadAsFromOneButAMixIsRefused() {
        String yaml = """
                urn: urn:x:library:zero
                locale: en
                ref_id: ZERO
                name: Zero
                version: "3"
                objects:
                  framework:
                    urn: urn:x:framework:zero
                    ref_id: ZERO
                    requirement_nodes:
                      - {urn: "urn:x:node:a", ref_id: A, depth: 0}
                      - {urn: "urn:x:node:b", parent_urn: "urn:x:node:a", ref_id: B, depth: 1}
                """;
        LibraryDocument doc = LibraryParser.parse(new StringReader(yaml), LIMIT);
        assertThat(doc.library().version()).isEqualTo(3);
        assertThat(doc.framework().nodes()).extracting(LibraryDocument.Node::depth).containsExactly(1, 2);
        assertThatThrownBy(() -> LibraryParser.parse(new StringReader(yaml.replace("depth: 1}", "depth: 2}")), LIMIT))
                .isInstanceOfSatisfying(LibraryFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("framework.import.depthMismatch");
                    assertThat(e.arguments()).containsExactly("urn:x:node:b", 2, 1, 12);
                });
    }

    @Test
    void brokenYamlIsRefusedWithTheLine() {
        LibraryFormatException e = refusal("bad/broken-syntax.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.syntax");
        assertThat((int) e.arguments()[0]).isBetween(4, 9);
    }

    @Test
    void aNodeWithoutUrnIsRefusedNamingTheFieldAndLine() {
        LibraryFormatException e = refusal("bad/missing-field.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.missingField");
        assertThat(e.arguments()).containsExactly("urn", "requirement_nodes", 14);
    }

    @Test
    void aDuplicateUrnIsRefusedEvenInOtherCase() {
        LibraryFormatException e = refusal("bad/duplicate-urn.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.duplicateUrn");
        assertThat(e.arguments()).containsExactly("urn:example:risk:req_node:dup-urn:a", 17, 11);
    }

    @Test
    void aDuplicateRefIdAmongSiblingsIsRefused() {
        LibraryFormatException e = refusal("bad/duplicate-ref-id.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.duplicateRefId");
        assertThat(e.arguments()).containsExactly("a", 18, 14);
    }

    @Test
    void aParentThatDoesNotExistIsRefused() {
        LibraryFormatException e = refusal("bad/missing-parent.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.parentMissing");
        assertThat(e.arguments()).containsExactly("urn:example:risk:req_node:orphan:9",
                "urn:example:risk:req_node:orphan:1.1", 14);
    }

    @Test
    void parentsThatFormACycleAreRefused() {
        LibraryFormatException e = refusal("bad/cycle.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.cycle");
        assertThat((String) e.arguments()[0]).contains("cycle:a → urn:example:risk:req_node:cycle:b → urn:example:risk:req_node:cycle:a");
        assertThat(e.arguments()[1]).isEqualTo(14);
    }

    @Test
    void anUnknownFieldIsRefusedWithItsNameAndLine() {
        LibraryFormatException e = refusal("bad/unknown-field.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.unknownField");
        assertThat(e.arguments()).containsExactly("parent_urm", "requirement_nodes", 16);
    }

    @Test
    void anAliasBombIsRefusedBeforeAnythingExpands() {
        LibraryFormatException e = refusal("bad/alias-bomb.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.aliases");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        LibraryFormatException e = refusal("bad/deep-nesting.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.nesting");
    }

    @Test
    void aTagAskingForAJavaObjectIsRefusedAndNothingIsConstructed() {
        LibraryFormatException e = refusal("bad/custom-tag.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.tag");
        assertThat(e.arguments()[1]).isEqualTo(10);
    }

    @Test
    void aLocalTagAndAMergeKeyAreRefused() {
        String header = "urn: urn:x:library:t\nlocale: en\nref_id: T\nname: T\nversion: 1\n";
        assertThatThrownBy(() -> LibraryParser.parse(new StringReader(header + "description: !custom x\n"), LIMIT))
                .isInstanceOfSatisfying(LibraryFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("framework.import.tag");
                    assertThat(e.arguments()).containsExactly("!custom", 6);
                });
        String merge = header + "base: &b {ref_id: X}\nobjects:\n  framework:\n    <<: *b\n";
        assertThatThrownBy(() -> LibraryParser.parse(new StringReader(merge), LIMIT))
                .isInstanceOfSatisfying(LibraryFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("framework.import.mergeKey"));
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        LibraryFormatException e = refusal("bad/duplicate-key.yaml");
        assertThat(e.messageKey()).isEqualTo("framework.import.duplicateKey");
        assertThat(e.arguments()).containsExactly("assessable", 13, 12);
    }

    @Test
    void aByteOrderMarkAsWindowsEditorsWriteItIsAccepted() throws IOException {
        byte[] content;
        try (InputStream in = LibraryParserTest.class.getResourceAsStream("/frameworks/csf-like.yaml")) {
            content = in.readAllBytes();
        }
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);
        LibraryDocument doc = LibraryParser.parse(new java.io.ByteArrayInputStream(withBom), LIMIT);
        assertThat(doc.library().urn()).isEqualTo("urn:example:risk:library:csf-like");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        assertThat(refusal("bad/shift-jis.yaml").messageKey()).isEqualTo("framework.import.notUtf8");
    }

    @Test
    void aDocumentLargerThanTheCodePointLimitIsRefused() {
        String yaml = "urn: urn:x:library:big\ndescription: " + "x".repeat(5000) + "\n";
        assertThatThrownBy(() -> LibraryParser.parse(new StringReader(yaml), 1000))
                .isInstanceOfSatisfying(LibraryFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("framework.import.tooLarge"));
    }

    @Test
    void mappingsAreReadWithRelationshipRationaleAndStrength() {
        LibraryDocument doc = parse("mapping-bank-standard-to-csf-like.yaml");
        assertThat(doc.framework()).isNull();
        assertThat(doc.mappingSets()).hasSize(1);
        LibraryDocument.MappingSet set = doc.mappingSets().get(0);
        assertThat(set.sourceFrameworkUrn()).isEqualTo("urn:example:risk:framework:bank-standard");
        assertThat(set.mappings()).extracting(LibraryDocument.Mapping::relationship).containsExactly("intersect", "subset");
        assertThat(set.mappings().get(0).strengthOfRelationship()).isEqualTo(7);
        assertThat(set.mappings().get(1).rationale()).isEqualTo("functional");
    }

    @Test
    void aRelationshipOutsideTheFormatIsRefused() {
        String yaml = """
                urn: urn:x:library:rel
                locale: en
                ref_id: REL
                name: Rel
                version: 1
                objects:
                  requirement_mapping_sets:
                    - urn: urn:x:set
                      name: Set
                      source_framework_urn: urn:x:a
                      target_framework_urn: urn:x:b
                      requirement_mappings:
                        - {source_requirement_urn: "urn:x:a:1", target_requirement_urn: "urn:x:b:1", relationship: similar}
                """;
        assertThatThrownBy(() -> LibraryParser.parse(new StringReader(yaml), LIMIT))
                .isInstanceOfSatisfying(LibraryFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("framework.import.relationship");
                    assertThat(e.arguments()).containsExactly("similar", 13);
                });
    }

    @Test
    void theWriterProducesAFileTheReaderGivesBackUnchanged() {
        LibraryDocument doc = parse("internal-standard.yaml");
        String yaml = LibraryWriter.write(doc, List.of());
        LibraryDocument again = LibraryParser.parse(new StringReader(yaml), LIMIT);
        assertThat(LibraryDocument.hash(again.library(), again.framework()))
                .isEqualTo(LibraryDocument.hash(doc.library(), doc.framework()));
        assertThat(again.framework().nodes()).usingRecursiveComparison().ignoringFields("line")
                .isEqualTo(doc.framework().nodes());
    }

    @Test
    void theWriterKeepsEveryTranslationSoTheReaderGetsThemBack() {
        LibraryDocument doc = parse("translated-standard.yaml");
        LibraryDocument again = LibraryParser.parse(new StringReader(LibraryWriter.write(doc, List.of())), LIMIT);
        assertThat(LibraryDocument.translationsHash(again.library(), again.framework()))
                .isEqualTo(LibraryDocument.translationsHash(doc.library(), doc.framework()));
        assertThat(again.library()).isEqualTo(doc.library());
        assertThat(again.framework()).usingRecursiveComparison().ignoringFields("nodes.line")
                .isEqualTo(doc.framework());
    }
}
