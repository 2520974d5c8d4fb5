package io.taisei.audit;

import io.taisei.TaiseiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar taisei.jar audit verify [--checkpoint file]}, run in-process on a fresh database. */
class AuditCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AuditCommand.run(TaiseiApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void onlyAuditVerifyIsTheCommand() {
        assertThat(AuditCommand.matches(new String[]{"audit", "verify"})).isTrue();
        assertThat(AuditCommand.matches(new String[]{"--server.port=9000"})).isFalse();
        assertThat(AuditCommand.matches(new String[]{"audit"})).isFalse();
    }

    @Test
    void verifyPrintsTheResultAndExitsZeroForAnIntactChainAndOneForAForgedCheckpoint(@TempDir Path dir) throws Exception {
        assertThat(run("audit", "verify")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"valid\" : true");

        Path forged = dir.resolve("checkpoint.json");
        Files.writeString(forged, AuditManagement.exportJson(new AuditCheckpoint(AuditCheckpoint.FORMAT, 1L, 1, "a".repeat(64),
                Instant.parse("2026-11-26T00:00:00Z"), "user:mallory", AuditCheckpoint.ALGORITHM,
                "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=", "AAAA")));
        out.reset();
        assertThat(run("audit", "verify", "--checkpoint", forged.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CHECKPOINT_SIGNATURE_INVALID");
    }

    @Test
    void badUsageExitsTwo(@TempDir Path dir) throws Exception {
        assertThat(run("audit", "verify", "--frobnicate")).isEqualTo(2);
        Path notJson = dir.resolve("x.json");
        Files.writeString(notJson, "not json");
        assertThat(run("audit", "verify", "--checkpoint", notJson.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read checkpoint");
    }
}
