package io.taisei.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Signs checkpoints with Ed25519 (the JDK's own EdDSA) and checks signatures. The private key comes from
 * {@code taisei.audit.signing-key-file}, or is generated once into the data directory so that checkpoints work out
 * of the box. The key is never logged; only the file's path is.
 */
@Component
public class CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);
    static final String ALGORITHM = "Ed25519";
    static final String GENERATED_KEY_FILE = "audit-signing-key.pem";

    private final PrivateKey privateKey;
    private final String publicKey;
    private final String trustedPublicKey;

    CheckpointSigner(AuditSettings settings, Environment environment) throws IOException, GeneralSecurityException {
        Path file;
        if (settings.signingKeyFile() != null && !settings.signingKeyFile().isBlank()) {
            file = Path.of(settings.signingKeyFile());
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("TAISEI_AUDIT_SIGNING_KEY_FILE does not name a readable file: " + file);
            }
        } else {
            file = Path.of(environment.getProperty("taisei.data-dir", "./data")).resolve(GENERATED_KEY_FILE);
            if (!Files.exists(file)) {
                generate(file);
                log.info("Generated the audit checkpoint signing key (Ed25519) in {}; keep a copy of its public key "
                        + "outside this server, or set TAISEI_AUDIT_SIGNING_KEY_FILE", file.toAbsolutePath());
            }
        }
        this.privateKey = readPrivateKey(Files.readAllBytes(file));
        this.publicKey = Base64.getEncoder().encodeToString(publicKeyOf(privateKey).getEncoded());
        String trusted = settings.trustedPublicKey();
        this.trustedPublicKey = trusted == null || trusted.isBlank() ? publicKey : trusted.trim();
        log.info("Audit checkpoints are signed with the key in {} (public key {})", file.toAbsolutePath(), publicKey);
    }

    /** The signing key's public half, base64 X.509. */
    public String publicKey() {
        return publicKey;
    }

    public String sign(byte[] payload) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(payload);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign the checkpoint", e);
        }
    }

    /** True when {@code signatureBase64} is a valid Ed25519 signature of the payload by {@code publicKeyBase64}. */
    public static boolean verify(String publicKeyBase64, byte[] payload, String signatureBase64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(payload);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false; // malformed key or signature: simply not a valid signature
        }
    }

    public boolean isTrusted(String publicKeyBase64) {
        return trustedPublicKey.equals(publicKeyBase64);
    }

    private static void generate(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".audit-key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the directory's permissions apply
            }
            Files.writeString(temp, pem, StandardCharsets.US_ASCII);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static PrivateKey readPrivateKey(byte[] content) throws GeneralSecurityException {
        String text = new String(content, StandardCharsets.US_ASCII);
        byte[] der = content;
        int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        if (begin >= 0) {
            int end = text.indexOf("-----END PRIVATE KEY-----", begin);
            if (end < 0) {
                throw new GeneralSecurityException("the audit signing key file has no END PRIVATE KEY line");
            }
            String body = text.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end);
            der = Base64.getMimeDecoder().decode(body);
        }
        return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /**
     * Java 17 cannot derive an EdDSA public key from a private key directly; the key pair generator does it when
     * its random source hands it the private key's seed, which is exactly how the private key was made.
     */
    static PublicKey publicKeyOf(PrivateKey key) throws GeneralSecurityException {
        if (!(key instanceof EdECPrivateKey edKey)) {
            throw new GeneralSecurityException("the audit signing key is not an Ed25519 key");
        }
        byte[] seed = edKey.getBytes().orElseThrow(() -> new GeneralSecurityException("the signing key has no seed"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
        });
        KeyPair pair = generator.generateKeyPair();
        if (!Arrays.equals(((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow(), seed)) {
            throw new GeneralSecurityException("could not derive the public key of the audit signing key");
        }
        // Prove the pair belongs together before trusting it.
        byte[] probe = "taisei".getBytes(StandardCharsets.US_ASCII);
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initSign(key);
        signature.update(probe);
        byte[] signed = signature.sign();
        signature.initVerify(pair.getPublic());
        signature.update(probe);
        if (!signature.verify(signed)) {
            throw new GeneralSecurityException("derived public key does not match the audit signing key");
        }
        return pair.getPublic();
    }
}
