package io.taisei;

import io.taisei.audit.AuditCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@Modulithic(systemName = "Taisei", sharedModules = "platform")
@EnableAsync
public class TaiseiApplication {

    public static void main(String[] args) {
        if (AuditCommand.matches(args)) { // java -jar taisei.jar audit verify [--checkpoint file.json]
            System.exit(AuditCommand.run(TaiseiApplication.class, args));
        }
        SpringApplication.run(TaiseiApplication.class, args);
    }
}
