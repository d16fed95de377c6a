package org.protego.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the registry of codes of conduct shows and takes. */
final class RegistryViews {

    private RegistryViews() {}

    /** A code of conduct companies sign, with what signing it commits them to. */
    record CodeOfConduct(
            String code, String title, String sector, String source, String quote, List<Pledge> commitments) {}

    /** One commitment of a code of conduct. */
    record Pledge(String code, String text) {}

    /** A company of the registry with the codes it signed and its self-reports, newest year first. */
    record Company(UUID id, String name, List<Signature> signatures, List<SelfReport> selfReports) {}

    record Signature(String code, String title, LocalDate signedOn, LocalDate withdrawnOn) {

        boolean inForceIn(int year) {
            return signedOn.getYear() <= year && (withdrawnOn == null || withdrawnOn.getYear() >= year);
        }
    }

    /**
     * A company's yearly report on how it honours a code, and the monitoring body's assessment of it.
     *
     * @param onBehalf whether a monitor recorded it for the company
     * @param assessment met, partially_met, not_met, no_data or not_yet_assessed; null until a monitor assessed it
     */
    record SelfReport(
            UUID id,
            UUID companyId,
            String code,
            int year,
            List<Answer> answers,
            String submittedBy,
            Instant submittedAt,
            boolean onBehalf,
            String assessment,
            String assessmentNote,
            String assessedBy,
            Instant assessedAt,
            long version) {}

    /** A company's answer about one commitment of the code: met, partially_met or not_met, with what it did. */
    record Answer(String commitment, String answer, String text) {}

    /** A company signing a code: the company by name (made a company when it is a general organisation). */
    record NewSignature(String company, String code, String signedOn) {}

    /** A company withdrawing from a code it signed. */
    record Withdrawal(String withdrawnOn) {}

    record NewSelfReport(String code, Integer year, List<Answer> answers) {}

    record Assessment(String assessment, String note) {}
}
