package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final byte[] KEY = new byte[32];
    static final FieldCipher CIPHER = new FieldCipher(Base64.getEncoder().encodeToString(KEY), "unused");
    static final FieldCipher.Column DESCRIPTION = new FieldCipher.Column("reports_report", "description_encrypted");

    @Test
    void aCiphertextDecryptsInTheRowItWasStoredIn() {
        String sealed = CIPHER.encrypt("the child's name", DESCRIPTION.row("row-1"));

        assertThat(sealed).doesNotContain("child");
        assertThat(CIPHER.decrypt(sealed, DESCRIPTION.row("row-1"))).isEqualTo("the child's name");
    }

    @Test
    void aCiphertextCopiedIntoAnotherRowFailsToDecrypt() {
        String sealed = CIPHER.encrypt("the child's name", DESCRIPTION.row("row-1"));

        assertThatThrownBy(() -> CIPHER.decrypt(sealed, DESCRIPTION.row("row-2")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCiphertextCopiedIntoAnotherColumnOrTableFailsToDecrypt() {
        String sealed = CIPHER.encrypt("secret", DESCRIPTION.row("row-1"));

        assertThatThrownBy(() -> CIPHER.decrypt(sealed, FieldCipher.StoredIn.at("reports_report", "contact", "row-1")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CIPHER.decrypt(
                        sealed, FieldCipher.StoredIn.at("identity_user", "description_encrypted", "row-1")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void placesThatConcatenateAlikeAreStillDifferent() {
        String sealed = CIPHER.encrypt("secret", FieldCipher.StoredIn.at("a", "bc", "1"));

        assertThatThrownBy(() -> CIPHER.decrypt(sealed, FieldCipher.StoredIn.at("ab", "c", "1")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnboundCiphertextOfTheFirstReleaseIsNoLongerReadButCanBeRebound() throws Exception {
        String legacy = firstReleaseCiphertext("written before rows were bound");

        assertThatThrownBy(() -> CIPHER.decrypt(legacy, DESCRIPTION.row("row-1")))
                .isInstanceOf(IllegalStateException.class);
        String rebound = CIPHER.rebind(legacy, DESCRIPTION.row("row-1"));
        assertThat(CIPHER.decrypt(rebound, DESCRIPTION.row("row-1"))).isEqualTo("written before rows were bound");
        assertThat(CIPHER.rebind(rebound, DESCRIPTION.row("row-1"))).isEqualTo(rebound);
    }

    @Test
    void nullStaysNull() {
        assertThat(CIPHER.encrypt(null, DESCRIPTION.row("row-1"))).isNull();
        assertThat(CIPHER.decrypt(null, DESCRIPTION.row("row-1"))).isNull();
    }

    @Test
    void blindIndexesAreEqualForEqualValuesAndDifferPerPurpose() {
        assertThat(CIPHER.blindIndex("series", "Series A")).isEqualTo(CIPHER.blindIndex("series", "Series A"));
        assertThat(CIPHER.blindIndex("series", "Series A")).isNotEqualTo(CIPHER.blindIndex("series", "Series B"));
        assertThat(CIPHER.blindIndex("series", "Series A")).isNotEqualTo(CIPHER.blindIndex("names", "Series A"));
        assertThat(CIPHER.blindIndex("series", "Series A")).doesNotContain("Series");
    }

    /** What the first release wrote: "v1:" and AES-GCM without associated data. */
    static String firstReleaseCiphertext(String plaintext) throws Exception {
        byte[] nonce = new byte[12];
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return "v1:" + Base64.getEncoder().encodeToString(out);
    }
}
