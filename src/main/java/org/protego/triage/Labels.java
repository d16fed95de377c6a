package org.protego.triage;

import java.util.Arrays;
import java.util.Optional;

/** The labels an analyst gives an assessed URL, in the manner of INHOPE's classification. */
public final class Labels {

    private Labels() {}

    /** The apparent age of the youngest child seen. */
    public enum AgeBand {
        INFANT("infant"),
        PREPUBESCENT("prepubescent"),
        PUBESCENT("pubescent"),
        NOT_DETERMINED("not_determined");

        private final String code;

        AgeBand(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<AgeBand> fromCode(String code) {
            return Arrays.stream(values())
                    .filter(value -> value.code.equals(code))
                    .findFirst();
        }
    }

    /** The apparent sex of the children seen. */
    public enum ApparentSex {
        FEMALE("female"),
        MALE("male"),
        BOTH("both"),
        NOT_DETERMINED("not_determined");

        private final String code;

        ApparentSex(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<ApparentSex> fromCode(String code) {
            return Arrays.stream(values())
                    .filter(value -> value.code.equals(code))
                    .findFirst();
        }
    }

    /** The kind of site the URL belongs to. */
    public enum SiteType {
        WEBSITE("website"),
        IMAGE_HOST("image_host"),
        FILE_HOST("file_host"),
        FORUM("forum"),
        SOCIAL_NETWORK("social_network"),
        VIDEO_PLATFORM("video_platform"),
        CHAT("chat"),
        BLOG("blog"),
        REDIRECTOR("redirector"),
        OTHER("other");

        private final String code;

        SiteType(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<SiteType> fromCode(String code) {
            return Arrays.stream(values())
                    .filter(value -> value.code.equals(code))
                    .findFirst();
        }
    }
}
