package org.protego.cases;

import java.time.Instant;
import java.util.List;

/**
 * One kind of deadline of a case (guardian appointment, assessment, determination, care-plan items, follow-ups):
 * what is overdue within a scope. The supervisor's overview gathers every kind.
 */
interface CaseDeadlines {

    List<Overdue> overdueIn(CaseScope scope, Instant now);
}
