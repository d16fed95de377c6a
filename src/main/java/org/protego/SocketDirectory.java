package org.protego;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The directory of the embedded PostgreSQL's Unix socket, which only Protego's own user may enter; PostgreSQL's
 * default, {@code /tmp}, lets every local user reach the socket.
 */
final class SocketDirectory {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    // A socket's path holds at most 107 bytes (sockaddr_un.sun_path less its closing zero), and PostgreSQL appends
    // "/.s.PGSQL." and the port, up to five digits, to the directory.
    private static final int LONGEST_DIRECTORY = 107 - "/.s.PGSQL.65535".length();
    // pg_ctl hands the server's options to a shell, and unix_socket_directories is a comma-separated list, so the
    // path must not need quoting for either.
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9/._-]+");

    private final Path path;
    private final boolean temporary;

    private SocketDirectory(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /**
     * Uses {@code DATA_DIR/postgres-socket}, or a freshly created private temporary directory when the data directory's
     * path is too long or unusual for a socket path.
     */
    static SocketDirectory forDataDirectory(Path dataDir) throws IOException {
        Path inDataDir = dataDir.resolve("postgres-socket");
        if (!usable(inDataDir)) {
            Path fresh = Files.createTempDirectory("protego-pg", ownerOnly());
            if (!usable(fresh)) {
                Files.delete(fresh);
                throw new IOException("No usable directory for the PostgreSQL socket: both " + inDataDir + " and "
                        + fresh + " are too long or need quoting");
            }
            return new SocketDirectory(fresh, true);
        }
        if (Files.isSymbolicLink(inDataDir)) {
            throw new IOException(inDataDir + " must be a directory, not a symbolic link");
        }
        if (!Files.isDirectory(inDataDir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(inDataDir, ownerOnly());
        }
        // Set again at every start, in case the directory was restored from a backup with other permissions.
        Files.setPosixFilePermissions(inDataDir, OWNER_ONLY);
        return new SocketDirectory(inDataDir, false);
    }

    static boolean usable(Path directory) {
        String text = directory.toString();
        return text.getBytes(StandardCharsets.UTF_8).length <= LONGEST_DIRECTORY
                && PLAIN_PATH.matcher(text).matches();
    }

    Path path() {
        return path;
    }

    /** Removes a temporary directory once the server that used it stopped; the one in the data directory stays. */
    void deleteIfTemporary() throws IOException {
        if (!temporary) {
            return;
        }
        try (var leftOver = Files.list(path)) {
            for (Path file : leftOver.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(path);
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }
}
