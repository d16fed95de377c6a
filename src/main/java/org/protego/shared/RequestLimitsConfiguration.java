package org.protego.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the body caps ahead of security, so that an oversized body is refused before anything else reads it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RequestBodyLimits.Caps.class, DeploymentSettings.class})
class RequestLimitsConfiguration {

    /** Before Spring Security's filter chain, which runs at -100. */
    static final int ORDER = -200;

    @Bean
    FilterRegistrationBean<RequestBodyLimits> requestBodyLimits(
            RequestBodyLimits.Caps caps, ProblemResponder problems) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimits(caps, problems));
        registration.setName("requestBodyLimits");
        registration.addUrlPatterns("/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
