package org.protego.blocklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs list files with ECDSA P-256 over SHA-256, so that anyone can verify them with the published key and
 * {@code openssl dgst -sha256 -verify blocklist-public.pem -signature file.sig file}.
 *
 * <p>The key pair is generated once in the data directory unless {@code protego.blocklist.signing-key-dir} names
 * another directory holding {@code blocklist-signing.key} (PKCS#8) and {@code blocklist-public.pem}.
 */
@Component
class ListSigner {

    private static final String ALGORITHM = "SHA256withECDSA";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    ListSigner(
            @Value("${protego.blocklist.signing-key-dir:}") String keyDir,
            @Value("${protego.data-dir}") String dataDir) {
        Path directory = keyDir == null || keyDir.isBlank() ? Path.of(dataDir, "keys") : Path.of(keyDir);
        KeyPair pair = loadOrCreate(directory);
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    /** A signature in progress over bytes fed to it in order. */
    Signature start() {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign block lists", e);
        }
    }

    /** The Base64 DER signature of these bytes, as a whole. */
    String sign(byte[] bytes) {
        Signature signature = start();
        try {
            signature.update(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign block lists", e);
        }
        return finish(signature);
    }

    static String finish(Signature signature) {
        try {
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign block lists", e);
        }
    }

    /** The public key in PEM, for ISPs to verify the lists. */
    String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static KeyPair loadOrCreate(Path directory) {
        Path privateFile = directory.resolve("blocklist-signing.key");
        Path publicFile = directory.resolve("blocklist-public.pem");
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                writeAtomically(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                writeAtomically(
                        privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                return pair;
            }
            KeyFactory factory = KeyFactory.getInstance("EC");
            PrivateKey privateKey =
                    factory.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile))));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile))));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the block list signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The block list signing key in " + directory + " is unusable", e);
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp");
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows keeps the directory's access rules.
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
