package org.protego.cases;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stands in for the consents part until it is merged: it checks nothing. The integrator replaces it with one that
 * calls {@code ConsentPolicy.require(caseId, ConsentPurpose.INFORMATION_SHARING, recipientOrganisation)}.
 */
@Component
class UnwiredTransferConsent implements TransferConsent {

    @Override
    public void require(UUID caseId, String recipientOrganisation) {
        // Nothing to check against yet: consents are recorded by a part built in parallel.
    }
}
