package org.protego.identity;

import java.util.List;
import org.protego.shared.CiphertextRebinding;
import org.protego.shared.FieldCipher;
import org.springframework.stereotype.Component;

/** Binds the TOTP secrets the first release encrypted to the users they belong to. */
@Component
class BindIdentityCiphertextsToRows extends CiphertextRebinding {

    BindIdentityCiphertextsToRows(FieldCipher cipher) {
        super(
                "14",
                "identity bind ciphertexts to their rows",
                cipher,
                List.of(new Table(Users.TOTP_SECRET.table(), "id", List.of(Users.TOTP_SECRET.column()))));
    }
}
