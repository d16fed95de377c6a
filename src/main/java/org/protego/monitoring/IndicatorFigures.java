package org.protego.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The indicators a monitoring body reads: their definitions and their figures, always with disclosure control. Only
 * monitors and administrators read them.
 */
@Service
class IndicatorFigures {

    private final IndicatorDefinitions definitions;
    private final IndicatorQuery query;
    private final Clock clock;

    IndicatorFigures(IndicatorDefinitions definitions, IndicatorQuery query, Clock clock) {
        this.definitions = definitions;
        this.query = query;
        this.clock = clock;
    }

    /** The definitions in effect, latest version of each. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    public List<IndicatorDefinition> definitions() {
        return definitions.current();
    }

    /** One version of an indicator's definition, its latest when {@code version} is blank. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    public IndicatorDefinition definition(String code, String version) {
        Integer wanted = null;
        if (version != null && !version.isBlank()) {
            try {
                wanted = Integer.valueOf(version.trim());
            } catch (NumberFormatException e) {
                throw new NotFoundException(MonitoringError.INDICATOR_UNKNOWN, code);
            }
        }
        return definitions
                .find(code, wanted)
                .orElseThrow(() -> new NotFoundException(MonitoringError.INDICATOR_UNKNOWN, code));
    }

    /** An indicator's figures as asked for, with every small count and whatever would reveal one withheld. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    public IndicatorCells figures(
            String code, String version, String from, String to, String period, String by, Instant cutOff) {
        IndicatorDefinition definition = definition(code, version);
        IndicatorRequest request =
                IndicatorRequest.of(definition, from, to, period, by, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return query.cells(definition, request, cutOff);
    }
}
