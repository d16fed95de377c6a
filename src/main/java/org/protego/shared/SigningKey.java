package org.protego.shared;

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

/**
 * An ECDSA P-256 key pair that signs over SHA-256, so that anyone holding the public key can check a signature with
 * {@code openssl dgst -sha256 -verify public.pem -signature file.sig file}. The pair is generated once into a
 * directory (private key readable by its owner only) and read from there afterwards.
 */
public final class SigningKey {

    private static final String ALGORITHM = "SHA256withECDSA";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    /** Reads the pair from a private key file (PKCS#8 PEM) and a public key file (PEM), generating both if absent. */
    public static SigningKey inDirectory(Path directory, String privateKeyFile, String publicKeyFile) {
        Path privateFile = directory.resolve(privateKeyFile);
        Path publicFile = directory.resolve(publicKeyFile);
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                writeAtomically(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                writeAtomically(
                        privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                return new SigningKey(pair);
            }
            KeyFactory factory = KeyFactory.getInstance("EC");
            PrivateKey privateKey =
                    factory.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile))));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile))));
            return new SigningKey(new KeyPair(publicKey, privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key " + privateFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key " + privateFile + " is unusable", e);
        }
    }

    /** A signature in progress over bytes fed to it in order, for files too large to hold at once. */
    public Signature start() {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }

    /** The Base64 DER signature of what was fed to a signature from {@link #start}. */
    public static String finish(Signature signature) {
        try {
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }

    /** The Base64 DER signature of some bytes. */
    public String sign(byte[] bytes) {
        Signature signature = start();
        try {
            signature.update(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
        return finish(signature);
    }

    /** Whether a Base64 DER signature was made by this key over these bytes. */
    public boolean verifies(byte[] bytes, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(bytes);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key in PEM, to publish for verifiers. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
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
