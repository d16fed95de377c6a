package org.protego.takedown;

import java.time.LocalDate;
import java.util.List;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How fast the takedown chain works, for the supervisors and administrators running it. Small counts are not withheld
 * here, so monitors read takedown times only through the monitoring module, which withholds them (issue 11).
 */
@Service
public class TimingIndicators {

    static final int MAX_YEARS = 10;

    private final Timings timings;

    TimingIndicators(Timings timings) {
        this.timings = timings;
    }

    /** Timing indicators over items assessed or first noticed from one day to another, both included. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public TakedownIndicators between(LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidRequestException(List.of(new FieldProblem("to", TakedownError.PERIOD_INVALID)));
        }
        return timings.compute(from, to);
    }
}
