package org.protego.directory;

import java.util.List;
import org.protego.identity.AnonymousApiReads;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectorySettings.class)
class DirectoryConfiguration {

    /** The HSDS read API's paths, which anyone may read when the deployment made the directory public. */
    static final List<String> HSDS_READ_PATHS = List.of(
            "/api/v1/directory/hsds",
            "/api/v1/directory/hsds/",
            "/api/v1/directory/hsds/services",
            "/api/v1/directory/hsds/services/*",
            "/api/v1/directory/hsds/organizations",
            "/api/v1/directory/hsds/organizations/*",
            "/api/v1/directory/hsds/taxonomies",
            "/api/v1/directory/hsds/taxonomy_terms");

    @Bean
    AnonymousApiReads hsdsReadAccess(DirectorySettings settings) {
        return () -> settings.hsdsReadAccess() == DirectorySettings.HsdsReadAccess.PUBLIC ? HSDS_READ_PATHS : List.of();
    }
}
