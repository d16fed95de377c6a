package org.protego.monitoring;

import java.util.List;
import org.protego.identity.AnonymousApiReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AnnualReportConfiguration {

    /** Anyone holding a published report must be able to check its signature. */
    @Bean
    AnonymousApiReads annualReportPublicKey() {
        return () -> List.of("/api/v1/annual-reports/public-key.pem");
    }
}
