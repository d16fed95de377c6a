package org.protego.blocklist;

import org.protego.shared.ConflictException;

/** A change the current state of the list refuses (409), with the code the pages turn into a message. */
class RefusedChange extends ConflictException {

    private final ListingProblem problem;

    RefusedChange(ListingProblem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    ListingProblem problem() {
        return problem;
    }
}
