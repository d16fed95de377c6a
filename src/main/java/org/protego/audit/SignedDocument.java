package org.protego.audit;

/**
 * A document's hash signed with the audit key, so that anyone holding the public key can tell the document came from
 * this deployment unchanged: {@code openssl dgst -sha256 -verify audit-public.pem -signature sig.der signed.txt}, where
 * {@code signed.txt} holds {@code signedText} exactly (UTF-8, a newline after each line) and {@code sig.der} the
 * decoded signature.
 *
 * @param signedText the exact text that was signed, naming the kind of document, its id and its SHA-256
 * @param signatureBase64 the ECDSA P-256 signature over SHA-256 of the text's UTF-8 bytes, DER in Base64
 */
public record SignedDocument(String signedText, String signatureBase64) {

    /**
     * The text signed for a document. Its first line differs from the audit head's, so that a document signature can
     * never pass for a head signature, nor the other way round.
     */
    public static String textOf(String kind, String id, String sha256) {
        return "protego-signed-document-v1\n" + "kind: " + kind + "\n" + "id: " + id + "\n" + "sha256: " + sha256
                + "\n";
    }
}
