package org.protego.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.protego.hashes.PdqHasher;
import org.protego.hashes.PdqResult;

/**
 * {@code hash FILE...}: prints, for each file, one line {@code pdq_hex,quality,md5,sha256,file}. Everything is
 * computed locally; nothing about the files leaves the machine.
 */
final class HashFilesCommand {

    private HashFilesCommand() {}

    /** Hashes each file in turn, reporting unreadable ones on err and carrying on; returns 0 only if every file hashed. */
    static int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("usage: hash-files FILE...");
            return 2;
        }
        int failures = 0;
        for (String file : files) {
            try {
                out.println(line(file));
            } catch (IOException | RuntimeException e) {
                // One bad file must not cost the hashes of the others, but the exit status still says something failed.
                err.println("hash-files: " + describe(file, e));
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static String line(String file) throws IOException {
        // The bytes are read once and serve both the exact digests and the decoder.
        byte[] bytes = Files.readAllBytes(Path.of(file));
        PdqResult pdq = PdqHasher.hash(PdqHasher.decode(bytes, file));
        return String.join(
                ",",
                pdq.hash().toHex(),
                Integer.toString(pdq.quality()),
                digest("MD5", bytes),
                digest("SHA-256", bytes),
                file);
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides " + algorithm, e);
        }
    }

    /** A one-line reason naming the file once; file-system exceptions carry little more than the path as message. */
    private static String describe(String file, Exception e) {
        if (e instanceof NoSuchFileException) {
            return file + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        String message = e instanceof FileSystemException failure ? failure.getReason() : e.getMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        // The decoder's messages already start with the file name.
        return message.startsWith(file) ? message : file + ": " + message;
    }
}
