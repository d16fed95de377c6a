package org.protego.identity;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/** RFC 6238 time-based one-time passwords: 6 digits, 30-second steps, one step of clock drift tolerated. */
@Component
class TotpCodes {

    static final int STEP_SECONDS = 30;

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator();
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        return secrets.generate();
    }

    /** The time step the code belongs to, if it is valid now; the caller refuses steps already used. */
    OptionalLong matchingStep(String secret, String code) {
        if (code == null || !code.trim().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / STEP_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (generator.generate(secret, step).equals(code.trim())) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    static String provisioningUri(String username, String secret) {
        String label =
                URLEncoder.encode("Protego:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Protego&digits=6&period=30";
    }
}
