package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The reports settings bind as the README documents them, and a bad value is refused naming its setting. */
class ReportSettingsTest {

    static ReportSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("protego", Bindable.of(ReportSettings.class));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ReportSettings settings = bound(Map.of());

        assertThat(settings.help().helplineNumber()).isEqualTo("116 111");
        assertThat(settings.help().emergencyNumber()).isEqualTo("112");
        assertThat(settings.rateLimit().reportsPerMinute()).isEqualTo(10);
        assertThat(settings.rateLimit().statusLookupsPerMinute()).isEqualTo(30);
    }

    @Test
    void settingsAreReadUnderTheirDocumentedNames() {
        ReportSettings settings = bound(Map.of(
                "protego.help.helpline-number", "+44 (0)800 1111",
                "protego.help.emergency-number", "999",
                "protego.rate-limit.reports-per-minute", "0",
                "protego.rate-limit.status-lookups-per-minute", "5"));

        assertThat(settings.help().helplineNumber()).isEqualTo("+44 (0)800 1111");
        assertThat(settings.help().emergencyNumber()).isEqualTo("999");
        assertThat(settings.rateLimit().reportsPerMinute())
                .as("zero turns the limit off")
                .isZero();
        assertThat(settings.rateLimit().statusLookupsPerMinute()).isEqualTo(5);
    }

    @Test
    void aNegativeRateLimitIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> bound(Map.of("protego.rate-limit.reports-per-minute", "-1")))
                .rootCause()
                .hasMessageContaining("protego.rate-limit.reports-per-minute");
        assertThatThrownBy(() -> bound(Map.of("protego.rate-limit.status-lookups-per-minute", "-5")))
                .rootCause()
                .hasMessageContaining("protego.rate-limit.status-lookups-per-minute");
    }

    @Test
    void aHelpNumberNobodyCouldDialIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> bound(Map.of("protego.help.helpline-number", "call us")))
                .rootCause()
                .hasMessageContaining("protego.help.helpline-number");
        assertThatThrownBy(() -> bound(Map.of("protego.help.emergency-number", " ")))
                .rootCause()
                .hasMessageContaining("protego.help.emergency-number");
    }
}
