package io.taisei.audit;

import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccount;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static io.taisei.audit.AuditTestSupport.entriesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@AutoConfigureMockMvc
class EntityChangeAuditTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    AuditManagement audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        AuditTestSupport.signOut();
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    private Long createUser(String username) {
        return tx().execute(s -> {
            UserAccount user = new UserAccount(username, "Hanako Sato", username + "@example.jp", "{bcrypt}secret-hash-1",
                    EnumSet.of(Role.FIRST_LINE));
            entityManager.persist(user);
            entityManager.flush();
            return user.getId();
        });
    }

    @Test
    void aUserAccountChangeAppearsInTheTrailWithBeforeAfterAndActor() {
        AuditTestSupport.signInAs("alice");
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        Long id = createUser(username);
        tx().executeWithoutResult(s -> entityManager.find(UserAccount.class, id).setDisplayName("佐藤 花子"));

        List<AuditEntry> entries = entriesOf(audit, "identity.UserAccount", id);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
        AuditEntry created = entries.get(0);
        assertThat(created.actor()).isEqualTo("user:alice");
        assertThat(created.actorKind()).isEqualTo("USER");
        assertThat(created.beforeJson()).isNull();
        JsonNode after = JSON.readTree(created.afterJson());
        assertThat(after.get("username").asString()).isEqualTo(username);
        assertThat(after.get("roles").get(0).asString()).isEqualTo("FIRST_LINE");

        AuditEntry updated = entries.get(1);
        assertThat(JSON.readTree(updated.beforeJson()).get("displayName").asString()).isEqualTo("Hanako Sato");
        assertThat(JSON.readTree(updated.afterJson()).get("displayName").asString()).isEqualTo("佐藤 花子");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void thePasswordHashIsRedactedButItsChangeIsRecorded() {
        Long id = createUser("r" + UUID.randomUUID().toString().substring(0, 8));
        tx().executeWithoutResult(s -> entityManager.find(UserAccount.class, id).changePasswordHash("{bcrypt}secret-hash-2"));

        List<AuditEntry> entries = entriesOf(audit, "identity.UserAccount", id);
        assertThat(entries).allSatisfy(e -> {
            assertThat(String.valueOf(e.beforeJson())).doesNotContain("secret-hash");
            assertThat(String.valueOf(e.afterJson())).doesNotContain("secret-hash");
        });
        assertThat(JSON.readTree(entries.get(0).afterJson()).get("passwordHash").asString()).isEqualTo("[redacted]");
        AuditEntry change = entries.get(1);
        assertThat(JSON.readTree(change.beforeJson()).get("passwordHash").asString()).isEqualTo("[redacted]");
        assertThat(JSON.readTree(change.afterJson()).get("passwordHash").asString()).isEqualTo("[redacted:changed]");
        assertThat(change.actor()).isEqualTo("system");
    }

    @Test
    void aRoleChangeShowsTheRolesBeforeAndAfter() {
        Long id = createUser("g" + UUID.randomUUID().toString().substring(0, 8));
        tx().executeWithoutResult(s -> entityManager.find(UserAccount.class, id)
                .setRoles(Set.of(Role.CISO, Role.FIRST_LINE)));

        List<AuditEntry> entries = entriesOf(audit, "identity.UserAccount", id);
        AuditEntry change = entries.get(entries.size() - 1);
        assertThat(change.action()).isEqualTo("UPDATE");
        assertThat(JSON.readTree(change.beforeJson()).get("roles").toString()).isEqualTo("[\"FIRST_LINE\"]");
        assertThat(JSON.readTree(change.afterJson()).get("roles").toString()).isEqualTo("[\"CISO\",\"FIRST_LINE\"]");
    }

    @Test
    void aDeletedEntityIsRecordedWithItsLastState() {
        Long id = createUser("d" + UUID.randomUUID().toString().substring(0, 8));
        tx().executeWithoutResult(s -> entityManager.remove(entityManager.find(UserAccount.class, id)));

        List<AuditEntry> entries = entriesOf(audit, "identity.UserAccount", id);
        AuditEntry deleted = entries.get(entries.size() - 1);
        assertThat(deleted.action()).isEqualTo("DELETE");
        assertThat(deleted.afterJson()).isNull();
        assertThat(JSON.readTree(deleted.beforeJson()).get("displayName").asString()).isEqualTo("Hanako Sato");
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        String username = "x" + UUID.randomUUID().toString().substring(0, 8);
        audit.sealPending();
        long entries = audit.entries(AuditFilter.ALL, PageRequest.of(0, 1)).getTotalElements();
        long head = audit.verify().headSequence();
        tx().executeWithoutResult(s -> {
            entityManager.persist(new UserAccount(username, "Rolled Back", null, null, Set.of()));
            entityManager.flush();
            s.setRollbackOnly();
        });
        assertThat(audit.sealPending()).isZero();
        assertThat(audit.entries(AuditFilter.ALL, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(entries);
        AuditVerification verification = audit.verify();
        assertThat(verification.headSequence()).isEqualTo(head);
        assertThat(verification.unsealedEntries()).isZero();
        assertThat(verification.valid()).isTrue();
    }

    @Test
    void aCommittedChangeIsInTheTrailAtOnceAndSealedIntoTheChainWithinASecond() {
        Long id = createUser("s" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(entriesOf(audit, "identity.UserAccount", id)).hasSize(1);
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(entriesOf(audit, "identity.UserAccount", id)).allSatisfy(e -> {
                    assertThat(e.sealed()).isTrue();
                    assertThat(e.hash()).hasSize(64);
                }));
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void theDailyCheckpointIsSignedOncePerDayHoweverManyNodesTry() {
        tx().executeWithoutResult(s -> trail.append(AuditRecord.of("EXPORT", "test.Daily", null, null, null)));
        long before = audit.checkpoints(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements();
        audit.createDailyCheckpoint();
        audit.createDailyCheckpoint();
        assertThat(audit.checkpoints(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(before + 1);
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void anExplicitAppendRefusesToRunOutsideATransaction() {
        assertThatThrownBy(() -> trail.append(AuditRecord.of("LOGIN", "identity.Session", null, null, Map.of())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void concurrentAppendsFromEightThreadsAreAllSealedIntoAGapFreeValidChain() throws Exception {
        audit.sealPending();
        long start = audit.verify().headSequence();
        int threads = 8;
        int perThread = 30;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Long>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        seqs.addAll(tx().execute(s -> n % 3 == 0
                                ? trail.appendAll(List.of(
                                        AuditRecord.of("EXPORT", "test.Concurrent", thread + "-" + n, null, Map.of("n", n)),
                                        AuditRecord.of("EXPORT", "test.Concurrent", thread + "-" + n + "b", null, null)))
                                : List.of(trail.append(AuditRecord.of("EXPORT", "test.Concurrent", thread + "-" + n,
                                        Map.of("n", n - 1), Map.of("n", n))))));
                    }
                    return seqs;
                });
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : pool.invokeAll(work)) {
                all.addAll(f.get());
            }
            audit.sealPending();
            AuditVerification verification = audit.verify();
            assertThat(verification.valid()).as(verification.toString()).isTrue();
            assertThat(verification.unsealedEntries()).isZero();
            assertThat(all).doesNotHaveDuplicates();
            // every appended entry got exactly one place, and the places between start and head are exactly these
            // (the test is alone in its database)
            List<Long> seqs = all.stream().map(entryId -> AuditTestSupport.seqOf(jdbc, entryId)).toList();
            assertThat(seqs).containsExactlyInAnyOrderElementsOf(
                    LongStream.rangeClosed(start + 1, verification.headSequence()).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
