package org.protego.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protego.Openssl;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** A document's hash signed with the audit key checks out with the public key alone, and nothing else does. */
@ProtegoTest
class SignedDocumentTest {

    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    SignedDocument sign(String id) {
        return transactions.execute(status -> auditTrail.signDocument("annual-report", id, SHA256));
    }

    static boolean verifiesWithJavaSecurity(String publicKeyPem, String text, String signatureBase64) throws Exception {
        var key = KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getMimeDecoder().decode(publicKeyPem.replaceAll("-----[A-Z ]+-----", ""))));
        var signature = Signature.getInstance("SHA256withECDSA");
        signature.initVerify(key);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        return signature.verify(Base64.getDecoder().decode(signatureBase64));
    }

    @Test
    void theSignedTextNamesTheDocumentAndItsHashUnderItsOwnPrefix() {
        String id = UUID.randomUUID().toString();

        SignedDocument signed = sign(id);

        assertThat(signed.signedText())
                .isEqualTo("protego-signed-document-v1\nkind: annual-report\nid: " + id + "\nsha256: " + SHA256 + "\n");
    }

    @Test
    void theSignatureVerifiesWithThePublicKeyAndOpenssl(@TempDir Path directory) throws Exception {
        SignedDocument signed = sign(UUID.randomUUID().toString());
        String publicKey = auditTrail.documentPublicKeyPem();

        var verdict = Openssl.verify(
                directory, publicKey, signed.signedText().getBytes(StandardCharsets.UTF_8), signed.signatureBase64());

        assertThat(verifiesWithJavaSecurity(publicKey, signed.signedText(), signed.signatureBase64()))
                .isTrue();
        assertThat(verdict.verified()).as(verdict.output()).isTrue();
        assertThat(auditTrail.verifiesDocument(signed.signedText(), signed.signatureBase64()))
                .isTrue();
    }

    @Test
    void aChangedTextDoesNotVerify() throws Exception {
        SignedDocument signed = sign(UUID.randomUUID().toString());
        String changed = signed.signedText().replace(SHA256, SHA256.replace('9', '8'));

        assertThat(verifiesWithJavaSecurity(auditTrail.documentPublicKeyPem(), changed, signed.signatureBase64()))
                .isFalse();
        assertThat(auditTrail.verifiesDocument(changed, signed.signatureBase64()))
                .isFalse();
    }

    @Test
    void signingIsRecordedInTheChain() {
        String id = UUID.randomUUID().toString();

        sign(id);

        assertThat(jdbc.sql("select action || ' ' || detail from audit_entry where subject_type = 'annual-report'"
                                + " and subject_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("document.signed sha256=" + SHA256);
    }

    @Test
    void aPartWithALineBreakIsRefused() {
        assertThatThrownBy(() -> transactions.execute(
                        status -> auditTrail.signDocument("annual-report", "1\nsha256: 00", SHA256)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingIsSignedOutsideATransaction() {
        assertThatThrownBy(() -> auditTrail.signDocument("annual-report", "1", SHA256))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
