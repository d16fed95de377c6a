package org.protego.referrals;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the module's settings, and stops start-up when one of them is wrong. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralSettings.class)
class ReferralConfiguration {}
