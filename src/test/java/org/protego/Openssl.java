package org.protego;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Verifies a signature the way the README tells ISPs and auditors to: {@code openssl dgst -sha256 -verify}. */
public final class Openssl {

    public record Verdict(boolean verified, String output) {}

    private Openssl() {}

    public static Verdict verify(Path directory, String publicKeyPem, byte[] file, String base64Signature)
            throws Exception {
        Path key = Files.writeString(Files.createTempFile(directory, "public", ".pem"), publicKeyPem);
        Path data = Files.write(Files.createTempFile(directory, "signed", ".bin"), file);
        Path signature = Files.write(
                Files.createTempFile(directory, "signature", ".sig"),
                Base64.getDecoder().decode(base64Signature));
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "dgst",
                        "-sha256",
                        "-verify",
                        key.toString(),
                        "-signature",
                        signature.toString(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Verdict(openssl.waitFor() == 0 && output.contains("Verified OK"), output);
    }
}
