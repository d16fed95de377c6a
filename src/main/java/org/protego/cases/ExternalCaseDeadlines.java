package org.protego.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Brings other modules' late work into the overview, keeping only what is about cases within the scope. */
@Component
class ExternalCaseDeadlines implements CaseDeadlines {

    private final List<ExternalDeadlines> sources;
    private final Cases cases;

    ExternalCaseDeadlines(List<ExternalDeadlines> sources, Cases cases) {
        this.sources = sources;
        this.cases = cases;
    }

    @Override
    public List<Overdue> overdueIn(CaseScope scope, Instant now) {
        List<ExternalDeadlines.Late> late = new ArrayList<>();
        sources.forEach(source -> late.addAll(source.overdueOf(scope.organisationId(), now)));
        if (late.isEmpty()) {
            return List.of();
        }
        Map<UUID, ChildCase> inScope =
                cases
                        .byIds(late.stream()
                                .map(ExternalDeadlines.Late::caseId)
                                .distinct()
                                .toList())
                        .stream()
                        .filter(scope::includes)
                        .filter(childCase -> childCase.state() != CaseState.ANONYMISED)
                        .collect(Collectors.toMap(ChildCase::id, Function.identity()));
        return late.stream()
                .filter(item -> inScope.containsKey(item.caseId()))
                .map(item -> {
                    ChildCase childCase = inScope.get(item.caseId());
                    return new Overdue(
                            childCase.id(), childCase.caseNumber(), item.kind(), item.dueAt(), childCase.assignedTo());
                })
                .toList();
    }
}
