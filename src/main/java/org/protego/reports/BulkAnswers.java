package org.protego.reports;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps a bulk submission's answer as JSON, so that a repeated request gets exactly the first answer. */
@Component
class BulkAnswers {

    private final JsonMapper json;

    BulkAnswers(JsonMapper json) {
        this.json = json;
    }

    String write(BulkSubmission submission) {
        return json.writeValueAsString(submission);
    }

    BulkSubmission read(String stored) {
        return json.readValue(stored, BulkSubmission.class);
    }
}
