package org.protego.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where a reporter can get help now; the numbers are set per deployment. */
@ConfigurationProperties("protego.help")
record HelpNumbers(String helplineNumber, String emergencyNumber) {}
