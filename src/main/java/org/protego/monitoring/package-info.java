/**
 * Monitoring of what the State committed to: the commitments of the Rio Pact and the Geneva and Budapest documents
 * with their deadlines and evidence, the international instruments and their ratification, live indicators computed
 * from the events of the other modules with disclosure control, their export as CSV and SDMX-CSV, the signed annual
 * report, and the registry of companies' codes of conduct. Operational work on reports, cases and referrals does not
 * belong here: monitoring only listens to it and never names or identifies a child.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "identity",
            "reports",
            "triage",
            "takedown",
            "cases",
            "referrals",
            "feedback"
        })
package org.protego.monitoring;
