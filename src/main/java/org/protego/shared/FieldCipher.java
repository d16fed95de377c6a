package org.protego.shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts identifying data at rest with AES-256-GCM, each ciphertext bound to the table, column and row it is stored
 * in, so that a ciphertext copied into another row or column fails to decrypt instead of showing one child's data as
 * another's.
 *
 * <p>The key comes from {@code protego.encryption.key} (32 bytes, Base64); without it a key is generated once
 * and kept in the data directory, readable by its owner only.
 */
@Component
public class FieldCipher {

    /** Ciphertexts of the first release, without associated data; only {@link #rebind} still reads them. */
    private static final String UNBOUND_PREFIX = "v1:";

    private static final String BOUND_PREFIX = "v2:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecretKey blindIndexKey;
    private final SecureRandom random = new SecureRandom();

    /** Where a ciphertext is stored; the three parts are authenticated with it as AES-GCM associated data. */
    public record StoredIn(String table, String column, String rowId) {
        public StoredIn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(rowId, "rowId");
        }

        public static StoredIn at(String table, String column, Object rowId) {
            return new StoredIn(table, column, String.valueOf(rowId));
        }

        private byte[] associatedData() {
            // Length-prefixed, so that no two different places serialise to the same bytes.
            return (table.length() + ":" + table + "|" + column.length() + ":" + column + "|" + rowId.length() + ":"
                            + rowId)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** An encrypted column of a table; each of its rows binds its ciphertext to the row's id. */
    public record Column(String table, String column) {
        public StoredIn row(Object rowId) {
            return StoredIn.at(table, column, rowId);
        }
    }

    @Autowired
    FieldCipher(DeploymentSettings settings) {
        this(settings.encryption().key(), settings.dataDir().toString());
    }

    FieldCipher(String configuredKey, String dataDir) {
        byte[] keyBytes = StringUtils.hasText(configuredKey)
                ? Base64.getDecoder().decode(configuredKey.trim())
                : keyFromDataDirectory(Path.of(dataDir));
        if (keyBytes.length != 32) {
            throw new IllegalStateException("protego.encryption.key must be 32 bytes encoded in Base64");
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
        // A separate key for blind indexes, derived from the field key, so that an index never reuses the cipher key.
        this.blindIndexKey = new SecretKeySpec(hmac(keyBytes, "protego blind index key"), "HmacSHA256");
    }

    /** Encrypts text for the place it is stored in; {@code null} stays {@code null}. */
    public String encrypt(String plaintext, StoredIn place) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.associatedData());
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return BOUND_PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /**
     * Decrypts what {@link #encrypt} produced for the same place; fails if the text was altered or was stored
     * somewhere else.
     */
    public String decrypt(String ciphertext, StoredIn place) {
        if (ciphertext == null) {
            return null;
        }
        if (!ciphertext.startsWith(BOUND_PREFIX)) {
            throw new IllegalStateException("Not a ciphertext bound to " + place.table() + "." + place.column());
        }
        return open(ciphertext.substring(BOUND_PREFIX.length()), place.associatedData());
    }

    /**
     * Re-encrypts a ciphertext of the first release, which was not bound to its place, for the place it is stored
     * in; a ciphertext already bound is returned as it is. Used once by the migrations that bind stored data.
     */
    public String rebind(String ciphertext, StoredIn place) {
        if (ciphertext == null || ciphertext.startsWith(BOUND_PREFIX)) {
            return ciphertext;
        }
        if (!ciphertext.startsWith(UNBOUND_PREFIX)) {
            throw new IllegalStateException("Not a Protego ciphertext in " + place.table() + "." + place.column());
        }
        return encrypt(open(ciphertext.substring(UNBOUND_PREFIX.length()), null), place);
    }

    /**
     * A keyed digest of a value, for finding and keeping unique what is stored encrypted without storing it in
     * plain text: equal values give equal indexes, and without the key the index reveals nothing.
     */
    public String blindIndex(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(blindIndexKey);
            mac.update((purpose.length() + ":" + purpose + "|").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed", e);
        }
    }

    private String open(String base64, byte[] associatedData) {
        try {
            byte[] in = Base64.getDecoder().decode(base64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            if (associatedData != null) {
                cipher.updateAAD(associatedData);
            }
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Decryption failed: wrong key, altered data or data moved between rows", e);
        }
    }

    private static byte[] hmac(byte[] keyBytes, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] keyFromDataDirectory(Path dataDir) {
        return SecretKeyFile.readOrCreate(dataDir.resolve("keys").resolve("field-encryption.key"), 32);
    }
}
