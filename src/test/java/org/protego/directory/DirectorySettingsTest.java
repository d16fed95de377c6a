package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Who may read the HSDS read API binds as the README documents it; anything but staff or public is refused. */
class DirectorySettingsTest {

    static DirectorySettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("protego.directory", Bindable.of(DirectorySettings.class));
    }

    @Test
    void staffWithATokenReadByDefault() {
        assertThat(bound(Map.of()).hsdsReadAccess()).isEqualTo(DirectorySettings.HsdsReadAccess.STAFF);
        assertThat(new DirectoryConfiguration().hsdsReadAccess(bound(Map.of())).paths())
                .isEmpty();
    }

    @Test
    void aPublicDirectoryOpensOnlyTheReadPaths() {
        DirectorySettings settings = bound(Map.of("protego.directory.hsds-read-access", "public"));

        assertThat(settings.hsdsReadAccess()).isEqualTo(DirectorySettings.HsdsReadAccess.PUBLIC);
        assertThat(new DirectoryConfiguration().hsdsReadAccess(settings).paths())
                .contains("/api/v1/directory/hsds/services/*")
                .noneMatch(path -> path.contains("export") || path.contains("import") || path.contains("**"));
    }

    @Test
    void anyOtherValueIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> bound(Map.of("protego.directory.hsds-read-access", "everyone")))
                .hasMessageContaining("protego.directory.hsds-read-access");
    }
}
