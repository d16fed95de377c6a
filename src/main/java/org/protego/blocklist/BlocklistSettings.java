package org.protego.blocklist;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The block list settings under {@code protego.blocklist}, checked at start-up: a value that would only fail at the
 * first publication, or silently guard nothing, stops Protego with a message naming the setting.
 *
 * @param publishInterval how often pending changes become a new version
 * @param maxAdditionsPerVersion a version adding more is held for a second person; zero holds every addition
 * @param canaryDomains domains a version may never block whole without a second person
 * @param rpzStopPage a host name to send blocked domains to instead of NXDOMAIN; unset or blank for NXDOMAIN
 * @param signingKeyDir where the list's signing key pair is kept; unset or blank for the data directory's keys
 */
@ConfigurationProperties("protego.blocklist")
record BlocklistSettings(
        @DefaultValue("PT1M") Duration publishInterval,
        @DefaultValue("5000") int maxAdditionsPerVersion,

        @DefaultValue({
            "google.com",
            "youtube.com",
            "facebook.com",
            "wikipedia.org",
            "amazon.com",
            "apple.com",
            "microsoft.com",
            "instagram.com",
            "whatsapp.com",
            "x.com",
            "twitter.com",
            "linkedin.com",
            "yahoo.com",
            "bing.com",
            "baidu.com",
            "yandex.ru",
            "vk.com",
            "tiktok.com",
            "netflix.com",
            "reddit.com",
            "github.com",
            "cloudflare.com",
            "akamai.net",
            "gov.uk",
            "europa.eu",
            "un.org",
            "unicef.org",
            "bbc.co.uk",
            "telegram.org",
            "wordpress.com",
            "blogspot.com"
        })
        List<String> canaryDomains,

        String rpzStopPage,
        String signingKeyDir) {

    BlocklistSettings {
        if (publishInterval.isNegative() || publishInterval.isZero()) {
            throw new IllegalArgumentException(
                    "protego.blocklist.publish-interval must be a positive duration, for example PT1M");
        }
        if (maxAdditionsPerVersion < 0) {
            throw new IllegalArgumentException(
                    "protego.blocklist.max-additions-per-version must be zero (hold every addition) or more");
        }
        canaryDomains = canaryDomains == null ? List.of() : List.copyOf(canaryDomains);
        for (String canary : canaryDomains) {
            String name = canary.strip().toLowerCase(Locale.ROOT);
            // A canary that is not a domain name would match nothing and guard nothing.
            if (!name.isEmpty() && ListableNames.problemWithHostName(name).isPresent()) {
                throw new IllegalArgumentException("protego.blocklist.canary-domains must list domain names such as"
                        + " wikipedia.org, not '" + canary + "'");
            }
        }
        // Refused here rather than at the first publication: it is written into every policy record.
        ResponsePolicyZone.actionFor(rpzStopPage);
    }

    /** The directory of the signing key pair: the one set, or {@code keys} in the data directory. */
    Path signingKeyDirectory(Path deploymentKeyDirectory) {
        return signingKeyDir == null || signingKeyDir.isBlank() ? deploymentKeyDirectory : Path.of(signingKeyDir);
    }
}
