package io.taisei;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@Modulithic(systemName = "Taisei", sharedModules = "platform")
@EnableAsync
public class TaiseiApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaiseiApplication.class, args);
    }
}
