package org.protego;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The generated passwords of the embedded PostgreSQL's superuser and of the role the application connects as. They
 * are kept beside the field-encryption key in {@code DATA_DIR/keys}, readable by their owner only, created at the
 * first start and reused after, so they are backed up with the key.
 */
final class DatabasePasswords {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom random = new SecureRandom();

    private final String superuser;
    private final String application;

    private DatabasePasswords(String superuser, String application) {
        this.superuser = superuser;
        this.application = application;
    }

    /** Reads the passwords kept in the data directory, generating those that do not exist yet. */
    static DatabasePasswords inDataDirectory(Path dataDir) {
        return new DatabasePasswords(readOrGenerate(superuserFile(dataDir)), readOrGenerate(applicationFile(dataDir)));
    }

    static Path superuserFile(Path dataDir) {
        return dataDir.resolve("keys").resolve("postgres-superuser.password");
    }

    static Path applicationFile(Path dataDir) {
        return dataDir.resolve("keys").resolve("postgres-protego.password");
    }

    String superuser() {
        return superuser;
    }

    String application() {
        return application;
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }

    private static String readOrGenerate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                // 256 random bits; URL-safe Base64 has no character that needs quoting anywhere it is used.
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                Path temporary = Files.createTempFile(
                        file.getParent(), "password", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(
                        temporary, Base64.getUrlEncoder().withoutPadding().encodeToString(fresh));
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            }
            // A copy restored from a backup may have come back readable by others.
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database password in " + file, e);
        }
    }
}
