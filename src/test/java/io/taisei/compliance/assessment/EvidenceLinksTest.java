package io.taisei.compliance.assessment;

import io.taisei.platform.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which Taisei pages an evidence link may point to, and what kind of record each shows. */
class EvidenceLinksTest {

    @ParameterizedTest(name = "{0} is accepted as {1}")
    @CsvSource({
            "/assets/systems/12, assessment.evidence.type.system",
            "/assets/sboms/7, assessment.evidence.type.sbom",
            "/assets/sboms/diff?from=3&to=7, assessment.evidence.type.sbom",
            "/assets/hardware-software?q=oracle, assessment.evidence.type.hardwareSoftware",
            "/assets/end-of-support, assessment.evidence.type.hardwareSoftware",
            "/assets/data/5, assessment.evidence.type.data",
            "/assets/connections, assessment.evidence.type.network",
            "/assets/diagrams, assessment.evidence.type.diagram",
            "/assets/ledgers/data, assessment.evidence.type.ledger",
            "/assets, assessment.evidence.type.ledger",
            "/assets/unmanaged/3, assessment.evidence.type.unmanaged",
            "/vulnerabilities/findings?q=CVE-2024-3094, assessment.evidence.type.finding",
            "/vulnerabilities/exceptions/4, assessment.evidence.type.exception",
            "/vulnerabilities/CVE-2024-3094, assessment.evidence.type.advisory",
            "/audit?recordType=compliance.Campaign, assessment.evidence.type.audit",
    })
    void aLinkToARecordTaiseiKeepsIsAcceptedAndNamedByItsKind(String href, String kind) {
        assertThat(EvidenceLinks.validate(href)).isEqualTo(href);
        assertThat(EvidenceLinks.recordTypeKey(href)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"/assetsx", "/assets-evil/1", "/admin/users", "/assets/../admin/users", "//evil.example/x",
            "https://evil.example/assets/systems"})
    void aLinkOutsideTheKnownPagesIsRefused(String href) {
        assertThatThrownBy(() -> EvidenceLinks.validate(href)).isInstanceOf(RuleViolationException.class);
    }
}
