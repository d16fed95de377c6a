package org.protego.cases;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The cases one staff member may see: in their organisation, those assigned to them or to their team; a supervisor
 * without a team oversees the whole organisation. The condition works on any table with the columns
 * {@code organisation_id}, {@code team} and {@code assigned_to}.
 */
record CaseScope(UUID organisationId, String team, UUID userId, boolean wholeOrganisation) {

    boolean includes(ChildCase childCase) {
        if (!childCase.organisationId().equals(organisationId)) {
            return false;
        }
        return wholeOrganisation
                || childCase.assignedTo().equals(userId)
                || (team != null && team.equals(childCase.team()));
    }

    String condition() {
        if (wholeOrganisation) {
            return "organisation_id = :scopeOrganisation";
        }
        return team == null
                ? "organisation_id = :scopeOrganisation and assigned_to = :scopeUser"
                : "organisation_id = :scopeOrganisation and (team = :scopeTeam or assigned_to = :scopeUser)";
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scopeOrganisation", organisationId);
        parameters.put("scopeUser", userId);
        parameters.put("scopeTeam", team);
        return parameters;
    }
}
