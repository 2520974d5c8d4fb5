package io.taisei.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * Audit configuration ({@code taisei.audit.*}).
 *
 * @param signingKeyFile   Ed25519 private key (PKCS#8, PEM or DER) that signs checkpoints; when empty a key is
 *                         generated once into {@code ${taisei.data-dir}/audit-signing-key.pem}
 * @param trustedPublicKey base64 X.509 public key that exported checkpoints must be signed with; when empty, the
 *                         public half of the signing key is the trusted one
 * @param zone             time zone of the page, the CSV and the from/to filters
 * @param checkpointCron   when the daily checkpoint is signed ("-" switches it off)
 * @param sealInterval     how long committed entries wait at most (plus the sealing itself) before they are linked
 *                         into the hash chain; read by {@link AuditSealer}'s schedule
 * @param verifyCron       when the whole chain is verified on schedule and the result stored ("-" switches it off)
 * @param verificationMaxAge how old the newest stored verification may be for the compliance indicator of guideline
 *                         2.3.4.2 to count the trail as verified
 */
@ConfigurationProperties("taisei.audit")
public record AuditSettings(String signingKeyFile, String trustedPublicKey,
                            @DefaultValue("Asia/Tokyo") ZoneId zone,
                            @DefaultValue("0 0 2 * * *") String checkpointCron,
                            @DefaultValue("250ms") java.time.Duration sealInterval,
                            @DefaultValue("0 30 2 * * *") String verifyCron,
                            @DefaultValue("36h") java.time.Duration verificationMaxAge) {
}
