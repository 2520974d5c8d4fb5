package io.taisei.asset;

import io.taisei.asset.internal.HardwareSoftwareService;
import io.taisei.asset.internal.SoftwareChanges;
import io.taisei.asset.transfer.Format;
import io.taisei.asset.transfer.ImportMode;
import io.taisei.asset.transfer.ImportReport;
import io.taisei.asset.transfer.LedgerFiles;
import io.taisei.audit.AuditEntry;
import io.taisei.audit.AuditFilter;
import io.taisei.audit.AuditManagement;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonDraft;
import io.taisei.organization.PersonSummary;
import io.taisei.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hardware/software import writes its rows in JDBC batches with ids from a sequence, and still does everything a
 * JPA save did: the same audit entry for every created or changed record, the version checked and moved, the rows
 * announced for re-matching, owners checked, and nothing kept when any row fails.
 */
@SpringBootTest
@RecordApplicationEvents
class HardwareSoftwareLedgerImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RECORD_TYPE = "asset.HardwareSoftware";

    @Autowired
    AssetManagement assets;
    @Autowired
    HardwareSoftwareService service;
    @Autowired
    SoftwareChanges changes;
    @Autowired
    LedgerFiles files;
    @Autowired
    OrganizationManagement organization;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditManagement audit;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEvents events;

    @Test
    void anImportedRowReadsInTheAuditTrailExactlyLikeTheSameDraftSavedThroughJpa() {
        var org = org(organization);
        long a = assets.createSystem(AssetFixtures.inHouse(unique("SYS-A"), org)).id().value();
        long b = assets.createSystem(AssetFixtures.inHouse(unique("SYS-B"), org)).id().value();
        long c = assets.createSystem(AssetFixtures.inHouse(unique("SYS-C"), org)).id().value();
        String viaJpa = unique("JPA");
        String imported = unique("BATCH");
        HardwareSoftwareSummary saved = assets.createHardwareSoftware(draft(viaJpa, org.person().id().value(), Set.of(a, b), 4));
        importRows(List.of(draft(imported, org.person().id().value(), Set.of(a, b), 4)));

        Map<String, Object> jpaCreate = entry(saved.id().value(), "CREATE");
        long importedId = assets.hardwareSoftwareByCode(imported).orElseThrow().id().value();
        assertThat(comparable(entry(importedId, "CREATE"), imported, viaJpa)).isEqualTo(comparable(jpaCreate, viaJpa, viaJpa));

        // the quantity and the systems change: the version moves, links are replaced, the entry shows both states
        assets.updateHardwareSoftware(saved.id(), draft(viaJpa, org.person().id().value(), Set.of(b, c), 6), null);
        importRows(List.of(draft(imported, org.person().id().value(), Set.of(b, c), 6)));

        Map<String, Object> jpaUpdate = entry(saved.id().value(), "UPDATE");
        assertThat(jpaUpdate.get("after_json").toString()).contains("\"version\":1", "\"quantity\":6");
        Map<String, Object> importedUpdate = entry(importedId, "UPDATE");
        assertThat(comparable(importedUpdate, imported, viaJpa)).isEqualTo(comparable(jpaUpdate, viaJpa, viaJpa));
        HardwareSoftwareSummary after = assets.hardwareSoftware(new HardwareSoftwareId(importedId));
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.quantity()).isEqualTo(6);
        assertThat(after.systemIds()).containsExactlyInAnyOrder(new SystemId(b), new SystemId(c));
        // the timestamps in the entry are the ones stored
        Map<String, Object> stored = jdbc.queryForMap(
                "select created_at, updated_at from ast_hardware_software where id = ?", importedId);
        Map<String, Object> afterState = json(importedUpdate.get("after_json"));
        assertThat(Instant.parse((String) afterState.get("updatedAt"))).isEqualTo(instant(stored.get("updated_at")));
        assertThat(Instant.parse((String) afterState.get("createdAt"))).isEqualTo(instant(stored.get("created_at")));
    }

    @Test
    void importedRowsTakeTheirIdsFromTheSequenceThatSavesThroughJpaAlsoUse() {
        String prefix = unique("SEQ");
        importRows(List.of(draft(prefix + "-1", null, Set.of(), 1), draft(prefix + "-2", null, Set.of(), 1)));
        long first = assets.hardwareSoftwareByCode(prefix + "-1").orElseThrow().id().value();
        long second = assets.hardwareSoftwareByCode(prefix + "-2").orElseThrow().id().value();

        long next = assets.createHardwareSoftware(draft(prefix + "-3", null, Set.of(), 1)).id().value();

        assertThat(second).isGreaterThan(first);
        assertThat(next).isGreaterThan(second);
        assertThat(jdbc.queryForObject("select nextval('ast_hardware_software_seq')", Long.class)).isGreaterThan(next);
    }

    @Test
    void everyRowOfAFileOfSeveralChunksIsCreatedAuditedAndAnnounced() throws Exception {
        String prefix = unique("CHUNKS");
        int rows = 250;
        ImportReport report = importCsv(prefix, rows, "");
        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(rows);

        List<Long> ids = jdbc.queryForList("select id from ast_hardware_software where code like ? order by id",
                Long.class, prefix + "-%");
        assertThat(ids).hasSize(rows);
        assertThat(auditEntriesMentioning(prefix).stream().filter(e -> "CREATE".equals(e.action()))
                .map(AuditEntry::recordId).toList())
                .containsExactlyInAnyOrderElementsOf(ids.stream().map(String::valueOf).toList());
        Set<Long> announced = new HashSet<>();
        events.stream(LedgerSoftwareChanged.class).forEach(e -> announced.addAll(e.hardwareSoftwareIds()));
        assertThat(announced).containsAll(ids);
    }

    @Test
    void aFileOfStoredAndNewCodesUpdatesTheStoredRecordsWhateverTheCaseOfTheirCodesAndCreatesTheRest() throws Exception {
        String prefix = unique("MIXED");
        importCsv(prefix, 150, "");
        long entries = auditEntries(prefix);
        StringBuilder csv = new StringBuilder(String.join(",", files.headers(Ledger.HARDWARE_SOFTWARE))).append('\n');
        for (int i = 0; i < 250; i++) {
            // the stored rows come back with another quantity, the first in lower case; a hundred rows are new
            String code = i == 0 ? (prefix + "-0").toLowerCase(Locale.ROOT) : prefix + "-" + i;
            csv.append(code).append(",ミドルウェア,Apache,Tomcat,10.1.").append(i % 30)
                    .append(",,,2027-03-31,いいえ,,東京DC,").append(i < 150 ? 2 : 1).append(",,\n");
        }

        ImportReport report = importCsv(csv.toString());

        assertThat(report.created()).isEqualTo(100);
        assertThat(report.updated()).isEqualTo(150);
        assertThat(auditEntries(prefix) - entries).isEqualTo(250);
        assertThat(jdbc.queryForObject("select count(*) from ast_hardware_software where code_key like ? "
                + "and version = 1 and quantity = 2", Long.class, prefix + "-%")).isEqualTo(150);
        assertThat(assets.hardwareSoftwareByCode(prefix + "-0").orElseThrow().code())
                .isEqualTo((prefix + "-0").toLowerCase(Locale.ROOT));
        assertThat(jdbc.queryForObject("select count(*) from ast_hardware_software where code_key like ?", Long.class,
                prefix + "-%")).isEqualTo(250);
    }

    @Test
    void importingAnUnchangedFileAgainWritesNothingButStillAnnouncesItsRows() throws Exception {
        String prefix = unique("AGAIN");
        importCsv(prefix, 3, "");
        long entries = auditEntries(prefix);
        List<Map<String, Object>> before = jdbc.queryForList(
                "select id, version, updated_at from ast_hardware_software where code like ? order by id", prefix + "-%");
        events.clear();

        ImportReport again = importCsv(prefix, 3, "");

        assertThat(again.updated()).isEqualTo(3);
        assertThat(auditEntries(prefix)).isEqualTo(entries);
        assertThat(jdbc.queryForList("select id, version, updated_at from ast_hardware_software where code like ? "
                + "order by id", prefix + "-%")).isEqualTo(before);
        Set<Long> announced = new HashSet<>();
        events.stream(LedgerSoftwareChanged.class).forEach(e -> announced.addAll(e.hardwareSoftwareIds()));
        assertThat(announced).containsAll(before.stream().map(r -> ((Number) r.get("id")).longValue()).toList());
    }

    @Test
    void anOwnerWhoLeftBeforeTheWriteFailsTheImportAndEveryChunkAlreadyWrittenIsRolledBack() {
        var org = org(organization);
        PersonSummary leaver = organization.createPerson(new PersonDraft(unique("LEAVER"), "退職 予定", null,
                unique("leaver").toLowerCase(Locale.ROOT) + "@example.jp", null, org.department().id().value(), null,
                Set.of(), null));
        String prefix = unique("ROLLBACK");
        List<HardwareSoftwareDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            drafts.add(draft(prefix + "-" + i, i == 240 ? leaver.id().value() : null, Set.of(), 1));
        }
        organization.retirePerson(leaver.id(), LocalDate.now(), null);
        long entries = auditEntries(prefix);
        events.clear();

        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> changes.batched(() -> {
            var rows = service.startImport(drafts);
            for (int from = 0; from < drafts.size(); from += 100) {
                rows.write(drafts.subList(from, Math.min(drafts.size(), from + 100)));
            }
            return null;
        }))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("asset.rule.owner.retired"));

        assertThat(jdbc.queryForObject("select count(*) from ast_hardware_software where code like ?", Long.class,
                prefix + "-%")).isZero();
        assertThat(auditEntries(prefix)).isEqualTo(entries);
        assertThat(events.stream(LedgerSoftwareChanged.class)).isEmpty();
    }

    @Test
    void aRowNamingAnOwnerWhoHasLeftIsRefusedWithItsRowAndColumn() throws Exception {
        var org = org(organization);
        PersonSummary leaver = organization.createPerson(new PersonDraft(unique("LEFT"), "退職 済", null,
                unique("left").toLowerCase(Locale.ROOT) + "@example.jp", null, org.department().id().value(), null,
                Set.of(), null));
        organization.retirePerson(leaver.id(), LocalDate.now(), null);
        String prefix = unique("OWNED");

        ImportReport report = importCsv(prefix, 3, leaver.code());

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).hasSize(3).allSatisfy(problem -> {
            assertThat(problem.column()).isEqualTo("管理責任者コード");
            assertThat(problem.reason()).isEqualTo("この人員は登録解除されています。");
        });
        assertThat(report.problems()).extracting(ImportReport.Problem::row).containsExactly(2, 3, 4);
        assertThat(assets.hardwareSoftwareByCode(prefix + "-0")).isEmpty();
    }

    @Test
    void aCodeThatBreaksTheFieldRulesIsNamedWithTheApplicationsOwnMessage() throws Exception {
        String csv = String.join(",", files.headers(Ledger.HARDWARE_SOFTWARE)) + "\n"
                + "bad code!,ミドルウェア,Apache,Tomcat,10.1.1,,,2027-03-31,いいえ,,東京DC,1,,\n";
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        try {
            ImportReport report = importCsv(csv);

            assertThat(report.written()).isFalse();
            assertThat(report.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.row()).isEqualTo(2);
                assertThat(problem.column()).isEqualTo("コード");
                assertThat(problem.reason()).isEqualTo("英数字・ピリオド・アンダースコア・ハイフンで入力し、英数字で始めてください。");
            });
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static HardwareSoftwareDraft draft(String code, Long owner, Set<Long> systems, int quantity) {
        return new HardwareSoftwareDraft(code, HardwareSoftwareKind.MIDDLEWARE, " Apache ", "Tomcat", "10.1.20",
                "cpe:2.3:a:apache:tomcat:10.1.20:*:*:*:*:*:*:*", "pkg:maven/org.apache.tomcat/tomcat-catalina@10.1.20",
                LocalDate.of(2027, 3, 31), true, LocalDate.of(2028, 3, 31), "", quantity, owner, systems);
    }

    private void importRows(List<HardwareSoftwareDraft> drafts) {
        new TransactionTemplate(transactions).executeWithoutResult(
                s -> changes.batched(() -> service.startImport(drafts).write(drafts)));
    }

    private ImportReport importCsv(String prefix, int rows, String ownerCode) throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", files.headers(Ledger.HARDWARE_SOFTWARE))).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append('-').append(i).append(",ミドルウェア,Apache,Tomcat,10.1.").append(i % 30)
                    .append(",,,2027-03-31,いいえ,,東京DC,1,").append(ownerCode).append(",\n");
        }
        return importCsv(csv.toString());
    }

    private ImportReport importCsv(String csv) throws Exception {
        File file = Files.createTempFile("hw-import-", ".csv").toFile();
        try {
            Files.writeString(file.toPath(), csv, StandardCharsets.UTF_8);
            return files.importFile(Ledger.HARDWARE_SOFTWARE, file, file.length(), Format.CSV,
                    ImportMode.ALL_OR_NOTHING, Locale.JAPANESE);
        } finally {
            Files.deleteIfExists(file.toPath());
        }
    }

    /** The audit entries of hardware/software records whose code starts with {@code prefix}. */
    private long auditEntries(String prefix) {
        return auditEntriesMentioning(prefix).size();
    }

    /** The hardware/software audit entries whose after state holds a code starting with {@code prefix}, any case. */
    private List<AuditEntry> auditEntriesMentioning(String prefix) {
        String code = ("\"code\":\"" + prefix + "-").toUpperCase(Locale.ROOT);
        List<AuditEntry> found = new ArrayList<>();
        Pageable page = PageRequest.of(0, 500, Sort.by("seq"));
        Page<AuditEntry> entries;
        do {
            entries = audit.entries(new AuditFilter(RECORD_TYPE, null, null, null, null, null), page);
            entries.forEach(e -> {
                if (e.afterJson() != null && e.afterJson().toUpperCase(Locale.ROOT).contains(code)) {
                    found.add(e);
                }
            });
            page = page.next();
        } while (entries.hasNext());
        return found;
    }

    /** The newest audit entry of a record for an action, as the audit trail shows it. */
    private Map<String, Object> entry(long id, String action) {
        AuditEntry e = audit.entries(new AuditFilter(RECORD_TYPE, String.valueOf(id), null, action, null, null),
                PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "seq"))).getContent().get(0);
        Map<String, Object> entry = new java.util.LinkedHashMap<>();
        entry.put("actor", e.actor());
        entry.put("actor_kind", e.actorKind());
        entry.put("action", e.action());
        entry.put("record_type", e.recordType());
        entry.put("before_json", e.beforeJson());
        entry.put("after_json", e.afterJson());
        return entry;
    }

    /** An entry with its timestamps left out and its code read as {@code asCode}, to compare two records' entries. */
    private static Map<String, Object> comparable(Map<String, Object> entry, String code, String asCode) {
        Map<String, Object> result = new TreeMap<>();
        entry.forEach((column, value) -> {
            String name = column.toLowerCase(Locale.ROOT);
            if (name.endsWith("_json")) {
                Map<String, Object> state = value == null ? null
                        : json(value.toString().replace(code, asCode).replace(code.toUpperCase(Locale.ROOT),
                        asCode.toUpperCase(Locale.ROOT)).replace(code.toLowerCase(Locale.ROOT),
                        asCode.toLowerCase(Locale.ROOT)));
                if (state != null) {
                    assertThat(state).containsKeys("createdAt", "updatedAt");
                    state.remove("createdAt");
                    state.remove("updatedAt");
                }
                result.put(name, state);
            } else {
                result.put(name, value);
            }
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Object text) {
        return JSON.readValue(text.toString(), TreeMap.class);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
