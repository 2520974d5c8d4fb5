package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;

/**
 * First start without default passwords. On an empty user table either the {@code TAISEI_BOOTSTRAP_*} settings
 * create the first administrator (and optionally an API token for automated deployments), or a one-time setup URL
 * is printed to the console. Once any user exists the settings are ignored, with a warning.
 */
@Component
// the command line (taisei.jar audit verify) neither creates users nor prints a setup URL
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "taisei.command-line", havingValue = "false", matchIfMissing = true)
class Bootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final BootstrapSettings settings;
    private final UserAccountRepository users;
    private final UserAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final ApiTokens tokens;
    private final SetupSecret setupSecret;
    private final String baseUrl;

    Bootstrap(BootstrapSettings settings, UserAccountRepository users, UserAccounts accounts,
              PasswordPolicy passwordPolicy, ApiTokens tokens, SetupSecret setupSecret,
              @Value("${taisei.base-url:http://localhost:8080}") String baseUrl) {
        this.settings = settings;
        this.users = users;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.tokens = tokens;
        this.setupSecret = setupSecret;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        run(settings);
    }

    @Transactional
    void run(BootstrapSettings settings) {
        if (users.count() > 0) {
            setupSecret.close();
            if (settings.anyGiven()) {
                log.warn("TAISEI_BOOTSTRAP_* settings are ignored: users already exist. Remove them from the "
                        + "environment.");
            }
            return;
        }
        List<String> problems = problems(settings, passwordPolicy);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Taisei refuses to start: " + String.join(" ", problems));
        }
        if (settings.hasAdmin()) {
            UserAccount admin = accounts.create(settings.adminUsername().trim(), settings.adminUsername().trim(), null,
                    settings.adminPassword(), EnumSet.of(Role.ADMINISTRATOR));
            log.info("Created the first administrator '{}' from TAISEI_BOOTSTRAP_ADMIN_USERNAME; MFA enrolment is "
                    + "required at the first sign-in.", admin.getUsername());
            if (settings.apiToken() != null && !settings.apiToken().isBlank()) {
                ApiToken token = tokens.register(admin, "bootstrap", settings.apiToken().trim(), ApiToken.Scope.WRITE,
                        settings.apiTokenValidity());
                log.info("Registered the bootstrap API token (write scope) for '{}', valid until {}",
                        admin.getUsername(), token.getExpiresAt());
            }
            return;
        }
        String secret = Hashing.randomBase64Url(32);
        setupSecret.issue(secret);
        // The one place a secret is logged, by design: the operator needs it to create the first administrator.
        log.warn("""

                ================================================================================
                  Taisei has no users yet. Create the first administrator within this run at:

                    {}/setup?secret={}

                  The link works once, and only until a user exists. A restart makes a new one.
                  (Or set TAISEI_BOOTSTRAP_ADMIN_USERNAME and TAISEI_BOOTSTRAP_ADMIN_PASSWORD.)
                ================================================================================""",
                baseUrl, secret);
    }

    /** Why the bootstrap settings cannot be used (empty when they can, or are absent). */
    static List<String> problems(BootstrapSettings settings, PasswordPolicy passwordPolicy) {
        boolean hasPassword = settings.adminPassword() != null && !settings.adminPassword().isEmpty();
        boolean hasToken = settings.apiToken() != null && !settings.apiToken().isBlank();
        if (!settings.hasAdmin()) {
            if (hasPassword || hasToken) {
                return List.of("TAISEI_BOOTSTRAP_ADMIN_PASSWORD and TAISEI_BOOTSTRAP_API_TOKEN need "
                        + "TAISEI_BOOTSTRAP_ADMIN_USERNAME.");
            }
            return List.of();
        }
        if (!UserAccounts.USERNAME.matcher(settings.adminUsername().trim()).matches()) {
            return List.of("TAISEI_BOOTSTRAP_ADMIN_USERNAME must be 2-100 letters, digits or . _ @ -.");
        }
        if (!hasPassword) {
            return List.of("TAISEI_BOOTSTRAP_ADMIN_USERNAME is set but TAISEI_BOOTSTRAP_ADMIN_PASSWORD is not.");
        }
        List<String> violations = passwordPolicy.violations(settings.adminUsername(), settings.adminPassword());
        if (!violations.isEmpty()) {
            return List.of("TAISEI_BOOTSTRAP_ADMIN_PASSWORD does not meet the password policy (" + violations
                    + "): at least " + passwordPolicy.minLength() + " characters, two kinds of characters "
                    + "(lower case, upper case, digits, others), not the user name.");
        }
        if (hasToken && !ApiTokens.isStrongEnough(settings.apiToken().trim())) {
            return List.of("TAISEI_BOOTSTRAP_API_TOKEN must be at least " + ApiTokens.MIN_EXTERNAL_LENGTH
                    + " random characters (e.g. tsk_ followed by `openssl rand -base64 32 | tr '+/' '-_' | tr -d =`).");
        }
        return List.of();
    }
}
