package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bootstrap token is an administrator's key: it must carry at least 32 random bytes, or Protego does not start. */
class BootstrapTokenTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "6c5c7ac1c1e1ddf6f3d7e2cdf62dd3b0b33c3a71d2b42c78d0a0d5ab18e2f08c",
                "6C5C7AC1C1E1DDF6F3D7E2CDF62DD3B0B33C3A71D2B42C78D0A0D5AB18E2F08C00",
                "bFx6wcHh3fbz1+LN9i3TsLM8OnHStCx40KDVqxji8Iw=",
                "bFx6wcHh3fbz1-LN9i3TsLM8OnHStCx40KDVqxji8Iw",
                ""
            })
    void tokensWithThirtyTwoRandomBytesOrNoTokenAreAccepted(String token) {
        assertThat(BootstrapAdministrator.checked(token)).isEqualTo(token);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "test-bootstrap-admin-token",
                "6c5c7ac1c1e1ddf6f3d7e2cdf62dd3b0b33c3a71d2b42c78d0a0d5ab18e2f08",
                "bFx6wcHh3fbz1+LN9i3TsLM8OnHStCx40KDVqxji8I",
                "correct horse battery staple correct horse battery staple",
                "6c5c7ac1c1e1ddf6f3d7e2cdf62dd3b0 b33c3a71d2b42c78d0a0d5ab18e2f08c"
            })
    void shorterOrMalformedTokensStopTheStartWithAWayToMakeOne(String token) {
        assertThatThrownBy(() -> BootstrapAdministrator.checked(token))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PROTEGO_BOOTSTRAP_ADMIN_TOKEN")
                .hasMessageContaining("openssl rand -hex 32");
    }
}
