package io.taisei.identity.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import io.taisei.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1: what every authenticator app supports) and recovery codes.
 * A code is accepted for the current step and one step either side (clock drift), and never twice: the last
 * accepted step is stored, and only later steps are accepted afterwards.
 */
@Service
@Transactional
public class Mfa {

    static final int PERIOD_SECONDS = 30;
    static final int RECOVERY_CODES = 10;
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final UserAccountRepository users;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecuritySettings settings;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final Clock clock = Clock.systemUTC();

    Mfa(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, SecuritySettings settings) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.settings = settings;
    }

    /** Whether a holder of these roles must use a second factor. */
    public boolean requiredFor(UserAccount account) {
        return account.getRoles().stream().anyMatch(settings.effectiveMfaRequiredRoles()::contains);
    }

    public boolean requiredFor(java.util.Set<Role> roles) {
        return roles.stream().anyMatch(settings.effectiveMfaRequiredRoles()::contains);
    }

    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The QR code an authenticator app scans, as a {@code data:image/png;base64,…} URI. */
    public String qrCodeDataUri(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Taisei")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    /**
     * Completes enrolment when {@code code} is valid for {@code secret}; answers the new recovery codes (shown
     * once), or an empty list when the code is wrong.
     */
    public List<String> confirmEnrolment(String username, String secret, String code) {
        UserAccount account = users.findByUsernameIgnoreCase(username).orElseThrow();
        Long step = matchingStep(secret, code, null);
        if (secret == null || step == null) {
            return List.of();
        }
        account.setMfaSecret(secret);
        account.setMfaEnabled(true);
        account.setMfaLastStep(step);
        return newRecoveryCodes(account);
    }

    /** Replaces the user's recovery codes with ten new ones, answered in clear text this once. */
    public List<String> newRecoveryCodes(UserAccount account) {
        recoveryCodes.deleteAll(recoveryCodes.findByUserId(account.getId()));
        List<String> clear = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = randomRecoveryCode();
            clear.add(code);
            recoveryCodes.save(new RecoveryCode(account.getId(), Hashing.sha256(code)));
        }
        return clear;
    }

    /** Checks a TOTP code or, failing that, an unused recovery code (which is then used up). */
    public boolean verify(String username, String code) {
        UserAccount account = users.findByUsernameIgnoreCase(username).orElse(null);
        if (account == null || !account.isMfaEnabled() || code == null) {
            return false;
        }
        String trimmed = code.trim().replace(" ", "");
        if (trimmed.matches("\\d{6}")) {
            Long step = matchingStep(account.getMfaSecret(), trimmed, account.getMfaLastStep());
            if (step == null) {
                return false;
            }
            account.setMfaLastStep(step);
            return true;
        }
        return recoveryCodes.findByUserIdAndCodeHashAndUsedAtIsNull(account.getId(),
                        Hashing.sha256(normalizeRecoveryCode(trimmed)))
                .map(recovery -> {
                    recovery.markUsed();
                    return true;
                })
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public long remainingRecoveryCodes(UserAccount account) {
        return recoveryCodes.countByUserIdAndUsedAtIsNull(account.getId());
    }

    /** The time step within ±1 of now for which {@code code} is right and which is after {@code lastStep}. */
    Long matchingStep(String secret, String code, Long lastStep) {
        if (secret == null || code == null || !code.trim().matches("\\d{6}")) {
            return null;
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (lastStep != null && step <= lastStep) {
                continue;
            }
            try {
                if (Hashing.constantTimeEquals(codes.generate(secret, step), code.trim())) {
                    return step;
                }
            } catch (CodeGenerationException e) {
                return null;
            }
        }
        return null;
    }

    private static String randomRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET[Hashing.RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String normalizeRecoveryCode(String code) {
        String plain = code.toLowerCase(Locale.ROOT).replace("-", "");
        StringBuilder formatted = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                formatted.append('-');
            }
            formatted.append(plain.charAt(i));
        }
        return formatted.toString();
    }
}
