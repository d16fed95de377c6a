package org.protego.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protego.Api;

/** Registers children through the API the way a case worker would, for tests of what comes after registration. */
public final class CaseFixtures {

    private CaseFixtures() {}

    /** A 14-year-old girl, unaccompanied and trafficked, at high risk; {@code changes} replace top-level parts. */
    public static Map<String, Object> girlOf14(String givenName, String familyName, Map<String, Object> changes) {
        Map<String, Object> child = new HashMap<>();
        child.put("givenName", givenName);
        child.put("familyName", familyName);
        child.put("sex", "female");
        child.put("estimatedAge", 14);
        child.put("ageEstimationMethod", "the child's own account");
        child.put("nationality", "TH");
        child.put("languages", List.of("th", "en"));
        Map<String, Object> body = new HashMap<>();
        body.put("child", child);
        body.put("formsOfExploitation", List.of("trafficking", "prostitution"));
        body.put("unaccompanied", true);
        body.put("trafficked", true);
        body.put("riskLevel", "high");
        body.putAll(changes);
        return body;
    }

    /** Registers a case and returns the API's answer: id, caseNumber, version, possibleDuplicates. */
    public static Api.Response register(Api api, Api.StaffUser caseWorker, Map<String, Object> body) {
        Api.Response response = api.postJson("/api/v1/cases", caseWorker.token(), body);
        if (response.status() != 201) {
            throw new IllegalStateException("Could not register the case: " + response.body());
        }
        return response;
    }

    /** Registers a girl with the given names and returns the case's id. */
    public static String registeredCase(Api api, Api.StaffUser caseWorker, String givenName, String familyName) {
        return register(api, caseWorker, girlOf14(givenName, familyName, Map.of()))
                .json()
                .get("id")
                .asString();
    }
}
