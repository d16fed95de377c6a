package org.protego;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the arrows of the Mermaid state diagrams kept beside the code, so that a test can hold them to the code. */
public final class StateDiagrams {

    /** The pseudo-state a diagram starts from and ends in. */
    public static final String START_OR_END = "[*]";

    /** One {@code FROM --> TO} line, with or without a label. */
    public record Arrow(String from, String to) {}

    private static final Pattern ARROW = Pattern.compile("^\\s*(\\[\\*]|\\w+)\\s*-->\\s*(\\[\\*]|\\w+)\\s*(:.*)?$");

    private StateDiagrams() {}

    /** Every arrow of every {@code stateDiagram-v2} in a Markdown file, the path taken from the project's root. */
    public static Set<Arrow> arrowsIn(String markdown) throws IOException {
        Set<Arrow> arrows = new LinkedHashSet<>();
        boolean inDiagram = false;
        for (String line : Files.readAllLines(Path.of(markdown))) {
            if (line.strip().equals("stateDiagram-v2")) {
                inDiagram = true;
            } else if (line.strip().startsWith("```")) {
                inDiagram = false;
            } else if (inDiagram) {
                Matcher arrow = ARROW.matcher(line);
                if (arrow.matches()) {
                    arrows.add(new Arrow(arrow.group(1), arrow.group(2)));
                }
            }
        }
        return arrows;
    }

    /** The arrows between two states, leaving out where the diagram starts and ends. */
    public static Set<Arrow> movesIn(String markdown) throws IOException {
        Set<Arrow> moves = arrowsIn(markdown);
        moves.removeIf(arrow -> arrow.from().equals(START_OR_END) || arrow.to().equals(START_OR_END));
        return moves;
    }

    /** The states the diagram starts in: the targets of its {@code [*] -->} arrows. */
    public static Set<String> startsIn(String markdown) throws IOException {
        Set<String> starts = new LinkedHashSet<>();
        arrowsIn(markdown).stream()
                .filter(arrow -> arrow.from().equals(START_OR_END))
                .forEach(arrow -> starts.add(arrow.to()));
        return starts;
    }

    /** The states the diagram ends in: the sources of its {@code --> [*]} arrows. */
    public static Set<String> endsIn(String markdown) throws IOException {
        Set<String> ends = new LinkedHashSet<>();
        arrowsIn(markdown).stream()
                .filter(arrow -> arrow.to().equals(START_OR_END))
                .forEach(arrow -> ends.add(arrow.from()));
        return ends;
    }

    /** Every move a state machine's code allows, as arrows named by the states' constants. */
    public static <S extends Enum<S>> Set<Arrow> movesAllowed(S[] states, Function<S, Set<S>> next) {
        Set<Arrow> moves = new HashSet<>();
        for (S from : states) {
            next.apply(from).forEach(to -> moves.add(new Arrow(from.name(), to.name())));
        }
        return moves;
    }
}
