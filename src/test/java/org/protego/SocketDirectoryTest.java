package org.protego;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocketDirectoryTest {

    @TempDir
    Path dataDir;

    @Test
    void socketLivesInAPrivateDirectoryInsideTheDataDirectory() throws Exception {
        var socket = SocketDirectory.forDataDirectory(dataDir);

        assertThat(socket.path()).isEqualTo(dataDir.resolve("postgres-socket"));
        assertThat(Files.getPosixFilePermissions(socket.path()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void directoryMadeReadableByOthersIsMadePrivateAgain() throws Exception {
        Files.createDirectory(
                dataDir.resolve("postgres-socket"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));

        var socket = SocketDirectory.forDataDirectory(dataDir);

        assertThat(Files.getPosixFilePermissions(socket.path()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void dataDirectoryTooLongForASocketPathGetsAPrivateTemporaryDirectory() throws Exception {
        Path deep = dataDir.resolve("x".repeat(100));

        var socket = SocketDirectory.forDataDirectory(deep);

        assertThat(socket.path().startsWith(deep)).isFalse();
        assertThat(Files.getPosixFilePermissions(socket.path()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        socket.deleteIfTemporary();
        assertThat(socket.path()).doesNotExist();
    }

    @Test
    void dataDirectoryWhosePathNeedsQuotingGetsAPrivateTemporaryDirectory() throws Exception {
        Path spaced = dataDir.resolve("protego data");

        var socket = SocketDirectory.forDataDirectory(spaced);

        assertThat(socket.path().startsWith(spaced)).isFalse();
        socket.deleteIfTemporary();
    }

    @Test
    void longestUsableDirectoryLeavesRoomForTheSocketName() {
        assertThat(SocketDirectory.usable(Path.of("/" + "d".repeat(91)))).isTrue();
        assertThat(SocketDirectory.usable(Path.of("/" + "d".repeat(92)))).isFalse();
    }
}
