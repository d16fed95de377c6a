package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The state diagrams in docs/states/blocklist.md draw exactly the transitions the state enums allow. */
class BlocklistStatesTest {

    static final Path DIAGRAMS = Path.of("docs/states/blocklist.md");
    static final Pattern BLOCK = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL);
    static final Pattern NAME = Pattern.compile("^\\s*%%\\s*(\\w+)\\s*$", Pattern.MULTILINE);
    static final Pattern ARROW =
            Pattern.compile("^\\s*(\\[\\*]|\\w+)\\s*-->\\s*(\\[\\*]|\\w+)\\s*(?::.*)?$", Pattern.MULTILINE);
    static final String START_OR_END = "[*]";

    /** Each diagram's arrows, by the enum its {@code %% Name} comment names. */
    static Map<String, Set<String>> drawn() throws IOException {
        Map<String, Set<String>> diagrams = new HashMap<>();
        Matcher blocks = BLOCK.matcher(Files.readString(DIAGRAMS));
        while (blocks.find()) {
            String block = blocks.group(1);
            Matcher name = NAME.matcher(block);
            assertThat(name.find())
                    .as("a diagram names its enum in a %% comment")
                    .isTrue();
            Set<String> arrows = new TreeSet<>();
            Matcher arrow = ARROW.matcher(block);
            while (arrow.find()) {
                arrows.add(arrow.group(1) + " --> " + arrow.group(2));
            }
            diagrams.put(name.group(1), arrows);
        }
        return diagrams;
    }

    /** The arrows of a state machine: from the start, between states, and to the end from states with no way out. */
    static <S extends Enum<S>> Set<String> allowed(S[] states, Set<S> initial, Function<S, Set<S>> next) {
        Set<String> arrows = new TreeSet<>();
        initial.forEach(state -> arrows.add(START_OR_END + " --> " + state.name()));
        for (S state : states) {
            next.apply(state).forEach(target -> arrows.add(state.name() + " --> " + target.name()));
            if (next.apply(state).isEmpty()) {
                arrows.add(state.name() + " --> " + START_OR_END);
            }
        }
        return arrows;
    }

    @Test
    void entryDiagramDrawsExactlyTheTransitionsEntryStateAllows() throws IOException {
        assertThat(drawn().get("EntryState"))
                .isEqualTo(allowed(EntryState.values(), EntryState.initial(), EntryState::next));
    }

    @Test
    void versionDiagramDrawsExactlyTheTransitionsVersionStateAllows() throws IOException {
        assertThat(drawn().get("VersionState"))
                .isEqualTo(allowed(VersionState.values(), VersionState.initial(), VersionState::next));
    }

    @Test
    void appealDiagramDrawsExactlyTheTransitionsAppealStateAllows() throws IOException {
        assertThat(drawn().get("AppealState"))
                .isEqualTo(allowed(AppealState.values(), AppealState.initial(), AppealState::next));
    }
}
