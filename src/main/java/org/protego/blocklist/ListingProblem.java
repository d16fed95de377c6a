package org.protego.blocklist;

/**
 * Why the block list refuses a change. Each code is the {@code code} of a problem detail in the API and names the
 * message {@code blocklist.problem.<code>} on the pages.
 */
enum ListingProblem {
    NOT_ASSESSED_ILLEGAL(
            "not-assessed-illegal",
            "Only URL items whose current assessment is csam_baseline or illegal_national can be listed."),
    IP_ADDRESS("ip-address", "The host is an IP address; only domain names go into the policy zone."),
    DOMAIN_CHARACTERS(
            "domain-characters", "A domain name holds only letters, digits and hyphens, in labels separated by dots."),
    DOMAIN_LABEL_LENGTH("domain-label-length", "Every label of a domain name has 1 to 63 characters."),
    DOMAIN_HYPHEN("domain-hyphen", "A label of a domain name neither starts nor ends with a hyphen."),
    DOMAIN_LENGTH("domain-length", "A domain name has at most 253 characters."),
    DOMAIN_PUNYCODE("domain-punycode", "A label starting with xn-- must be valid Punycode (an IDNA A-label)."),
    SINGLE_LABEL("single-label", "A name of a single label is a top-level domain, never one site."),
    DOMAIN_TOO_LONG_FOR_ZONE(
            "domain-too-long-for-zone",
            "The domain leaves no room for the wildcard and the policy zone's name: at most "
                    + ResponsePolicyZone.LONGEST_DOMAIN + " characters."),
    PUBLIC_SUFFIX(
            "public-suffix",
            "The name is a public suffix, under which anyone registers names: listing it would block every site under"
                    + " it."),
    NOT_REGISTRABLE("not-registrable", "The name is not under a public suffix, so no one can register it as a domain."),
    HOST_IS_PUBLIC_SUFFIX(
            "host-is-public-suffix",
            "The URL's host is a public suffix or a top-level domain: an entry would block that path on every site"
                    + " under it."),
    APPROVER_INVOLVED(
            "approver-involved",
            "A held version needs a second analyst or a supervisor: you created it or requested some of its entries."),
    VERSION_NOT_HELD("version-not-held", "This version is not waiting for approval."),
    APPEAL_RECORDED_BY_YOU(
            "appeal-recorded-by-you", "You recorded this appeal; another analyst or a supervisor decides it."),
    APPEAL_DECIDED("appeal-decided", "This appeal was already decided."),
    TEXT_INVALID("text-invalid", "Give a text of the length asked for."),
    VERSION_UNKNOWN("version-unknown", "Give a published version.");

    private final String code;
    private final String detail;

    ListingProblem(String code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    String code() {
        return code;
    }

    String detail() {
        return detail;
    }
}
