package org.protego.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts identifying data at rest with AES-256-GCM.
 *
 * <p>The key comes from {@code protego.encryption.key} (32 bytes, Base64); without it a key is generated once
 * and kept in the data directory, readable by its owner only.
 */
@Component
public class FieldCipher {

    private static final String VERSION_PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(
            @Value("${protego.encryption.key:}") String configuredKey, @Value("${protego.data-dir}") String dataDir) {
        byte[] keyBytes = StringUtils.hasText(configuredKey)
                ? Base64.getDecoder().decode(configuredKey.trim())
                : keyFromDataDirectory(Path.of(dataDir));
        if (keyBytes.length != 32) {
            throw new IllegalStateException("protego.encryption.key must be 32 bytes encoded in Base64");
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    /** Encrypts text; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return VERSION_PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Decrypts what {@link #encrypt} produced; fails if the text was altered. */
    public String decrypt(String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        if (!ciphertext.startsWith(VERSION_PREFIX)) {
            throw new IllegalArgumentException("Not a Protego ciphertext");
        }
        try {
            byte[] in = Base64.getDecoder().decode(ciphertext.substring(VERSION_PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong key or altered data", e);
        }
    }

    private byte[] keyFromDataDirectory(Path dataDir) {
        Path keyFile = dataDir.resolve("keys").resolve("field-encryption.key");
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.getParent());
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                Path temporary = Files.createTempFile(keyFile.getParent(), "key", ".tmp");
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh));
                trySetOwnerOnly(temporary);
                Files.move(temporary, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return Base64.getDecoder().decode(Files.readString(keyFile).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption key in " + keyFile, e);
        }
    }

    private static void trySetOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows keeps the directory's access rules.
        }
    }
}
