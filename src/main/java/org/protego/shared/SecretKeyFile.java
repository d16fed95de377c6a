package org.protego.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** A random secret key kept in a file readable by its owner only: generated at first start, read afterwards. */
public final class SecretKeyFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKeyFile() {}

    /** The key in the file, Base64-encoded there; a new random key of {@code length} bytes if the file is absent. */
    public static byte[] readOrCreate(Path file, int length) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[length];
                RANDOM.nextBytes(fresh);
                Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp");
                trySetOwnerOnly(temporary);
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh));
                // Atomic, so that two processes starting at once never read a half-written key.
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key " + file, e);
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
