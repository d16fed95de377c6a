package org.protego.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The directory's settings under {@code protego.directory}, checked at start-up.
 *
 * @param hsdsReadAccess who may read the HSDS read API: {@code staff} (anyone with an API token, the default) or
 *     {@code public} (anyone, without signing in); importing and exporting stay with administrators either way
 */
@ConfigurationProperties("protego.directory")
record DirectorySettings(@DefaultValue("staff") HsdsReadAccess hsdsReadAccess) {

    /** Who may read the HSDS read API. */
    enum HsdsReadAccess {
        STAFF,
        PUBLIC
    }

    DirectorySettings {
        if (hsdsReadAccess == null) {
            throw new IllegalArgumentException("protego.directory.hsds-read-access must be staff or public");
        }
    }
}
