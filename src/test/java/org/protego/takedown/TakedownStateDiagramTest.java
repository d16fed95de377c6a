package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The drawing of a takedown item's states, kept beside the code, shows exactly the moves the code allows. */
class TakedownStateDiagramTest {

    static final Path DIAGRAM = Path.of("docs/states/takedown.md");
    static final Pattern ARROW = Pattern.compile("^\\s*(\\[\\*]|[A-Z_]+)\\s*-->\\s*(\\[\\*]|[A-Z_]+)\\s*(:.*)?$");
    static final String START_OR_END = "[*]";

    record Arrow(String from, String to) {}

    static Set<Arrow> drawn() throws IOException {
        Set<Arrow> arrows = new HashSet<>();
        for (String line : Files.readAllLines(DIAGRAM)) {
            Matcher arrow = ARROW.matcher(line);
            if (arrow.matches()) {
                arrows.add(new Arrow(arrow.group(1), arrow.group(2)));
            }
        }
        return arrows;
    }

    @Test
    void theArrowsBetweenStatesAreTheMovesTheStatesAllow() throws IOException {
        Set<Arrow> allowed = Arrays.stream(TakedownState.values())
                .flatMap(from -> from.next().stream().map(to -> new Arrow(from.name(), to.name())))
                .collect(Collectors.toSet());

        Set<Arrow> betweenStates = drawn().stream()
                .filter(arrow ->
                        !arrow.from().equals(START_OR_END) && !arrow.to().equals(START_OR_END))
                .collect(Collectors.toSet());

        assertThat(betweenStates).isEqualTo(allowed);
    }

    @Test
    void theDiagramStartsWhereATakedownOpensAndEndsWhereOneIsDropped() throws IOException {
        Set<String> starts = drawn().stream()
                .filter(arrow -> arrow.from().equals(START_OR_END))
                .map(Arrow::to)
                .collect(Collectors.toSet());
        Set<String> ends = drawn().stream()
                .filter(arrow -> arrow.to().equals(START_OR_END))
                .map(Arrow::from)
                .collect(Collectors.toSet());

        assertThat(starts).containsExactly(TakedownState.opened().name());
        assertThat(ends)
                .isEqualTo(Arrays.stream(TakedownState.values())
                        .filter(TakedownState::isDroppedWhenReassessedLegal)
                        .map(Enum::name)
                        .collect(Collectors.toSet()));
    }

    @Test
    void everyStateIsDrawn() throws IOException {
        Set<String> drawnStates = drawn().stream()
                .flatMap(arrow -> java.util.stream.Stream.of(arrow.from(), arrow.to()))
                .filter(state -> !state.equals(START_OR_END))
                .collect(Collectors.toSet());

        assertThat(drawnStates)
                .containsExactlyInAnyOrder(
                        Arrays.stream(TakedownState.values()).map(Enum::name).toArray(String[]::new));
    }
}
