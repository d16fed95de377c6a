package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The takedown settings are read and checked at start-up: a wrong one stops Protego and names itself. */
class TakedownSettingsTest {

    final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(TakedownConfiguration.class);

    @Test
    void withNothingSetTheDocumentedDefaultsApply() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            TakedownSettings settings = started.getBean(TakedownSettings.class);
            assertThat(settings.escalationLadder().recipients())
                    .containsExactly(
                            RecipientKind.PROVIDER,
                            RecipientKind.PROVIDER,
                            RecipientKind.UPSTREAM,
                            RecipientKind.PARTNER_HOTLINE,
                            RecipientKind.LAW_ENFORCEMENT);
            assertThat(settings.lawEnforcementFirst()).isFalse();
            assertThat(settings.escalationCheckInterval()).isEqualTo(Duration.ofMinutes(5));
            assertThat(settings.noticeFrom()).isEqualTo("hotline@protego.invalid");
            assertThat(started.getBean(NationalSettings.class).country()).isNull();
        });
    }

    @Test
    void aLadderAndCountryAsConfiguredAreRead() {
        context.withPropertyValues(
                        "protego.takedown.ladder=LAW_ENFORCEMENT/PT1H,PROVIDER/PT2H",
                        "protego.takedown.law-enforcement-first=true",
                        "protego.country=mt")
                .run(started -> {
                    assertThat(started.getBean(TakedownSettings.class)
                                    .escalationLadder()
                                    .recipients())
                            .containsExactly(RecipientKind.LAW_ENFORCEMENT, RecipientKind.PROVIDER);
                    assertThat(started.getBean(NationalSettings.class).country())
                            .isEqualTo("MT");
                });
    }

    @Test
    void aBadLadderStopsStartUpNamingTheSetting() {
        context.withPropertyValues("protego.takedown.ladder=PROVIDER/PT24H,POLICE/PT1H")
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(started.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("protego.takedown.ladder")
                            .hasMessageContaining("POLICE/PT1H");
                });
    }

    @Test
    void anIntervalOfNothingStopsStartUpNamingTheSetting() {
        context.withPropertyValues("protego.takedown.escalation-check-interval=PT0S")
                .run(started -> assertThat(started.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("protego.takedown.escalation-check-interval"));
    }

    @Test
    void aSenderThatIsNoAddressStopsStartUpNamingTheSetting() {
        context.withPropertyValues("protego.takedown.notice-from=hotline")
                .run(started -> assertThat(started.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("protego.takedown.notice-from"));
    }

    @Test
    void aCountryThatIsNoCountryStopsStartUpNamingTheSetting() {
        context.withPropertyValues("protego.country=Malta")
                .run(started ->
                        assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("protego.country"));
    }
}
