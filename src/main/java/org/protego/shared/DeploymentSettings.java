package org.protego.shared;

import java.nio.file.Path;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings every module may read, under {@code protego}, checked at start-up so that a wrong value stops the
 * application with the setting's name instead of failing later.
 *
 * @param dataDir where the embedded database, its generated passwords and the generated keys live
 * @param encryption the field-encryption key, when it is not kept in the data directory
 * @param hotline the organisation that receives public and helpline reports
 */
@ConfigurationProperties("protego")
public record DeploymentSettings(
        @DefaultValue("./protego-data") Path dataDir,
        @DefaultValue Encryption encryption,
        @DefaultValue Hotline hotline) {

    public DeploymentSettings {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Where generated keys are kept unless a module's own setting names another directory. */
    public Path keyDirectory() {
        return dataDir.resolve("keys");
    }

    /** @param key 32 bytes in Base64; empty to generate one in the data directory at first start */
    public record Encryption(@DefaultValue("") String key) {
        public Encryption {
            if (!key.isBlank() && decodedLength(key) != 32) {
                throw new IllegalArgumentException("protego.encryption.key must be 32 bytes encoded in Base64");
            }
        }

        private static int decodedLength(String base64) {
            try {
                return Base64.getDecoder().decode(base64.trim()).length;
            } catch (IllegalArgumentException notBase64) {
                return -1;
            }
        }
    }

    /** @param organisation the hotline organisation's name, created at first start */
    public record Hotline(@DefaultValue("hotline") String organisation) {
        public Hotline {
            if (organisation.isBlank()) {
                throw new IllegalArgumentException("protego.hotline.organisation must name an organisation");
            }
        }
    }
}
