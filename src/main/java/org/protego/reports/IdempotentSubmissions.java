package org.protego.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldCipher;
import org.protego.shared.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Carries out a submission once per idempotency key: a repeat of the same request gets the first answer back, a
 * different request under a used key is refused, and requests with one key wait for each other, so that exactly one
 * of them stores a report. Answers are kept encrypted, bound to their key.
 *
 * <p>Keys live in namespaces (since V12): the public's under {@code public:}, each industry member's under its own
 * organisation, so that nobody reaches another's answers by sending the same key.
 */
@Component
class IdempotentSubmissions {

    static final int MAX_KEY_LENGTH = 200;

    private static final FieldCipher.Column ANSWER =
            new FieldCipher.Column("reports_idempotent_submission", "answer_encrypted");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    IdempotentSubmissions(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** How one kind of answer is kept: written as text, read back, and the reference of the report it filed, if any. */
    record AnswerFormat<T>(Function<T, String> write, Function<String, T> read, Function<T, String> reference) {}

    /** A key as its sender's namespace stores it. */
    record Key(String stored) {

        static Key ofPublic(String sent) {
            return new Key("public:" + sent);
        }

        static Key ofIndustryMember(UUID organisationId, String sent) {
            return new Key("industry:" + organisationId + ":" + sent);
        }
    }

    /** What is wrong with a key as sent, if anything: it must be 1 to 200 visible ASCII characters. */
    static Optional<FieldProblem> problemWith(String sent) {
        if (sent.length() <= MAX_KEY_LENGTH && sent.matches("[\\x21-\\x7e]+")) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(
                "Idempotency-Key", ReportError.IDEMPOTENCY_KEY_INVALID, String.valueOf(MAX_KEY_LENGTH)));
    }

    /** The SHA-256 of a request as text, which tells a repeat of the request from a different one under the key. */
    static String fingerprint(String request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The first answer given under the key, or the answer of the submission carried out now and remembered under the
     * key when it filed a report. Must run inside the submission's transaction: the lock is held until it ends.
     */
    <T> T once(Key key, String fingerprint, AnswerFormat<T> format, Supplier<T> submission) {
        lock(key);
        Optional<T> earlier = earlierAnswer(key, fingerprint).map(format.read());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        T answer = submission.get();
        String reference = format.reference().apply(answer);
        if (reference != null) {
            remember(key, fingerprint, reference, format.write().apply(answer));
        }
        return answer;
    }

    /** Requests with the same key wait for each other, so that exactly one of them stores a report. */
    private void lock(Key key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 7))")
                .param("key", key.stored())
                .query()
                .singleRow();
    }

    /** The earlier answer, if the repeated request is the same request; a different one may not reuse the key. */
    private Optional<String> earlierAnswer(Key key, String fingerprint) {
        return jdbc.sql("""
                select request_fingerprint, answer_encrypted from reports_idempotent_submission
                where idempotency_key = :key""")
                .param("key", key.stored())
                .query((rs, n) -> new StoredAnswer(rs.getString(1), rs.getString(2)))
                .optional()
                .map(stored -> {
                    if (!stored.requestFingerprint().equals(fingerprint)) {
                        throw new ConflictException(ReportError.IDEMPOTENCY_KEY_REUSED);
                    }
                    return cipher.decrypt(stored.answerEncrypted(), ANSWER.row(key.stored()));
                });
    }

    private record StoredAnswer(String requestFingerprint, String answerEncrypted) {}

    private void remember(Key key, String fingerprint, String reference, String answer) {
        jdbc.sql("""
                insert into reports_idempotent_submission (idempotency_key, request_fingerprint, report_id,
                                                           answer_encrypted, created_at)
                select :key, :fingerprint, id, :answer, now() from reports_report where reference = :reference""")
                .param("key", key.stored())
                .param("fingerprint", fingerprint)
                .param("reference", reference)
                .param("answer", cipher.encrypt(answer, ANSWER.row(key.stored())))
                .update();
    }
}
