package io.taisei.audit;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar taisei.jar audit verify [--checkpoint file.json]}: verifies the trail of the configured database
 * without starting the web server, prints the result as JSON and exits 0 when valid, 1 when broken, 2 on bad usage.
 * The result is stored like every verification (the compliance indicator and the audit page show the newest).
 * Other {@code --name=value} arguments are passed to Spring (for example {@code --spring.datasource.url=...}).
 */
public final class AuditCommand {

    private AuditCommand() {
    }

    public static boolean matches(String[] args) {
        return args.length >= 2 && "audit".equals(args[0]) && "verify".equals(args[1]);
    }

    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Path checkpointFile = null;
        List<String> springArgs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--checkpoint") && i + 1 < args.length) {
                checkpointFile = Path.of(args[++i]);
            } else if (arg.startsWith("--checkpoint=")) {
                checkpointFile = Path.of(arg.substring("--checkpoint=".length()));
            } else if (arg.startsWith("--") && arg.contains("=")) {
                springArgs.add(arg);
            } else {
                err.println("usage: java -jar taisei.jar audit verify [--checkpoint checkpoint.json]");
                return 2;
            }
        }
        AuditCheckpoint checkpoint = null;
        if (checkpointFile != null) {
            try {
                checkpoint = AuditManagement.parseCheckpoint(Files.readString(checkpointFile, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                err.println("cannot read checkpoint " + checkpointFile + ": " + e.getMessage());
                return 2;
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // The whole application context (so every module's beans are as in production) without a server
                // (port -1), without scheduled checkpoints and without the first-start bootstrap.
                .properties("logging.level.root=WARN", "server.port=-1", "taisei.audit.checkpoint-cron=-",
                        "taisei.audit.verify-cron=-", "taisei.command-line=true")
                .run(springArgs.toArray(String[]::new))) {
            AuditManagement audit = context.getBean(AuditManagement.class);
            AuditVerification result = checkpoint == null
                    ? audit.verifyAndRecord(AuditVerificationRun.Trigger.COMMAND)
                    : audit.verifyAndRecord(checkpoint, AuditVerificationRun.Trigger.COMMAND);
            out.println(io.taisei.audit.internal.CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(result));
            return result.valid() ? 0 : 1;
        }
    }
}
