package org.protego.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles a staff user or an API client can hold; each grants the privileges its name says. */
public enum Role {
    /** Manages organisations, users, roles, tokens, reference tables, and verifies the audit log. */
    ADMIN,
    /** Triages and assesses reports received by the analyst's organisation. */
    ANALYST,
    /** Records phone and chat contacts as reports on behalf of callers. */
    HELPLINE_OPERATOR,
    /** Registers child victims and refers them to services. */
    CASE_WORKER,
    /** Approves what needs a second person, such as risky block list versions. */
    SUPERVISOR,
    /** Receives forwarded reports and referrals for law enforcement. */
    LAW_ENFORCEMENT,
    /** A company fetching lists and submitting reports by API. */
    INDUSTRY,
    /** Reads indicators and commitments for monitoring bodies. */
    MONITOR,
    /** Staff of a service provider: keeps its services in the directory and answers the referrals sent to it. */
    SERVICE_PROVIDER,
    /** Staff of a company that signed a code of conduct: reads its registry entry and submits its self-reports. */
    COMPANY;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role with exactly this name, if there is one. */
    static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
