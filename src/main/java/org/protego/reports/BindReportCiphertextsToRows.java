package org.protego.reports;

import java.util.List;
import org.protego.shared.CiphertextRebinding;
import org.protego.shared.FieldCipher;
import org.springframework.stereotype.Component;

/** Binds the report texts and idempotent answers the first release encrypted to the rows they are stored in. */
@Component
class BindReportCiphertextsToRows extends CiphertextRebinding {

    BindReportCiphertextsToRows(FieldCipher cipher) {
        super(
                "13",
                "reports bind ciphertexts to their rows",
                cipher,
                List.of(
                        new Table(
                                Reports.DESCRIPTION.table(),
                                "id",
                                List.of(Reports.DESCRIPTION.column(), Reports.CONTACT.column())),
                        new Table("reports_idempotent_submission", "idempotency_key", List.of("answer_encrypted"))));
    }
}
