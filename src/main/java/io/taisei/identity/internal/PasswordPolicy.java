package io.taisei.identity.internal;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Checks a new password against {@link SecuritySettings.PasswordPolicySettings}; answers message keys. */
@Component
public class PasswordPolicy {

    private final SecuritySettings.PasswordPolicySettings settings;

    PasswordPolicy(SecuritySettings settings) {
        this.settings = settings.password();
    }

    public int minLength() {
        return settings.minLength();
    }

    /** The message keys of every rule the password breaks; empty when it is acceptable. */
    public List<String> violations(String username, String password) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.length() < settings.minLength()) {
            violations.add("password.tooShort");
            return violations;
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > settings.maxLength()) {
            violations.add("password.tooLong");
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            violations.add("password.equalsUsername");
        }
        if (characterClasses(password) < settings.minCharacterClasses()) {
            violations.add("password.tooSimple");
        }
        return violations;
    }

    static int characterClasses(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
