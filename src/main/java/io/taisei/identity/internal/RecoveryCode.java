package io.taisei.identity.internal;

import io.taisei.audit.AuditRedacted;
import jakarta.persistence.*;

import java.time.Instant;

/** One of a user's ten MFA recovery codes, stored as a SHA-256 hash (the codes carry 80 random bits). */
@Entity
@Table(name = "idn_recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @AuditRedacted
    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long userId, String codeHash) {
        this.userId = userId;
        this.codeHash = codeHash;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getCodeHash() { return codeHash; }
    public Instant getUsedAt() { return usedAt; }
    void markUsed() { this.usedAt = Instant.now(); }
}
