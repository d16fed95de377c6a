package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** protego.blocklist.* bind to one checked record; a bad value stops start-up naming the setting. */
class BlocklistSettingsTest {

    final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(BlocklistConfiguration.class);

    @Test
    void settingsLeftOutTakeTheDefaultsTheReadmeDocuments() {
        context.run(started -> {
            var settings = started.getBean(BlocklistSettings.class);
            assertThat(settings.publishInterval()).isEqualTo(Duration.ofMinutes(1));
            assertThat(settings.maxAdditionsPerVersion()).isEqualTo(5000);
            assertThat(settings.canaryDomains()).contains("wikipedia.org", "google.com", "blogspot.com");
            assertThat(ResponsePolicyZone.actionFor(settings.rpzStopPage())).isEqualTo(".");
            assertThat(settings.signingKeyDirectory(Path.of("/var/lib/protego/keys")))
                    .isEqualTo(Path.of("/var/lib/protego/keys"));
        });
    }

    @Test
    void settingsGivenAreBound() {
        context.withPropertyValues(
                        "protego.blocklist.publish-interval=PT5M",
                        "protego.blocklist.max-additions-per-version=0",
                        "protego.blocklist.canary-domains=example.org, gov.uk",
                        "protego.blocklist.rpz-stop-page=stop.hotline.example",
                        "protego.blocklist.signing-key-dir=/etc/protego/keys")
                .run(started -> {
                    var settings = started.getBean(BlocklistSettings.class);
                    assertThat(settings.publishInterval()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(settings.maxAdditionsPerVersion()).isZero();
                    assertThat(settings.canaryDomains()).containsExactly("example.org", "gov.uk");
                    assertThat(ResponsePolicyZone.actionFor(settings.rpzStopPage()))
                            .isEqualTo("stop.hotline.example.");
                    assertThat(settings.signingKeyDirectory(Path.of("/var/lib/protego/keys")))
                            .isEqualTo(Path.of("/etc/protego/keys"));
                });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "rpz-stop-page|stop page",
                "rpz-stop-page|*.example.org",
                "publish-interval|PT0S",
                "publish-interval|soon",
                "max-additions-per-version|-1",
                "max-additions-per-version|many",
                "canary-domains|wikipedia.org,*.com"
            })
    void badValueStopsStartUpNamingTheSetting(String setting, String value) {
        context.withPropertyValues("protego.blocklist." + setting + "=" + value).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).hasStackTraceContaining("protego.blocklist." + setting);
        });
    }
}
