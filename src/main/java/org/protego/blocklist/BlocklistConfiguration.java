package org.protego.blocklist;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks the block list's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlocklistSettings.class)
class BlocklistConfiguration {}
