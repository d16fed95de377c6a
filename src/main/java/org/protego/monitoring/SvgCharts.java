package org.protego.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Charts of indicator figures drawn on the server as SVG, so that they need no JavaScript and go into the annual
 * report's PDF as they are. Each is an image with a title and a description for screen readers, sized by its view box
 * so that it scales; pages show the figures' table beside it. Lines are told apart by their dash pattern as well as
 * their colour (Okabe and Ito's palette, readable with colour blindness), and a withheld figure is marked where it
 * would be, with the label given, never drawn as zero.
 */
final class SvgCharts {

    /** One line of a time series: a value per period, {@code null} where the figure is withheld. */
    record Series(String name, List<BigDecimal> values) {

        Series {
            Objects.requireNonNull(name);
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    static final int MAX_SERIES = 8;

    private static final String[] COLOURS = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"
    };
    private static final String[] DASHES = {"", "8 4", "2 3", "10 3 2 3", "5 5", "1 2", "12 4 4 4", "3 6"};

    private static final int WIDTH = 640;
    private static final int LEFT = 64;
    private static final int RIGHT = 40;
    private static final int TOP = 40;
    private static final int PLOT_HEIGHT = 220;

    private SvgCharts() {}

    /** A line per series over the periods, broken where a figure is withheld and marked there with the label. */
    static String timeSeries(String title, List<String> periods, List<Series> series, String withheldLabel) {
        if (series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("A chart shows at most " + MAX_SERIES + " lines, not " + series.size());
        }
        for (Series line : series) {
            if (line.values().size() != periods.size()) {
                throw new IllegalArgumentException("The series " + line.name() + " has "
                        + line.values().size() + " values for " + periods.size() + " periods");
            }
        }
        String id = id("line", title, periods, series);
        int legendRows = (series.size() + 1) / 2;
        int height = TOP + PLOT_HEIGHT + 44 + legendRows * 20 + 8;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int baseline = TOP + PLOT_HEIGHT;
        Scale scale = Scale.of(series.stream()
                .flatMap(line -> line.values().stream())
                .filter(Objects::nonNull)
                .toList());

        StringBuilder svg = open(id, title, describe(periods, series, withheldLabel), WIDTH, height);
        valueAxis(svg, scale, LEFT, baseline, plotWidth);
        double step = periods.size() > 1 ? (double) plotWidth / (periods.size() - 1) : 0;
        double[] x = new double[periods.size()];
        int labelEvery = Math.max(1, (int) Math.ceil(periods.size() / 12.0));
        for (int p = 0; p < periods.size(); p++) {
            x[p] = periods.size() > 1 ? LEFT + p * step : LEFT + plotWidth / 2.0;
            if (p % labelEvery == 0) {
                svg.append("<text x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>"
                        .formatted(number(x[p]), baseline + 18, escape(periods.get(p))));
            }
        }
        int[] withheldAt = new int[periods.size()];
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = COLOURS[s];
            String dash = DASHES[s].isEmpty() ? "" : " stroke-dasharray=\"" + DASHES[s] + "\"";
            svg.append("<g class=\"series\" data-series=\"%d\">".formatted(s));
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            for (int p = 0; p < periods.size(); p++) {
                BigDecimal value = line.values().get(p);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M"))
                        .append(number(x[p]))
                        .append(' ')
                        .append(number(scale.y(value, baseline, PLOT_HEIGHT)));
                drawing = true;
            }
            if (!path.isEmpty()) {
                svg.append("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>"
                        .formatted(path, colour, dash));
            }
            for (int p = 0; p < periods.size(); p++) {
                BigDecimal value = line.values().get(p);
                if (value != null) {
                    svg.append(("<circle class=\"point\" cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\">"
                                    + "<title>%s, %s: %s</title></circle>")
                            .formatted(
                                    number(x[p]),
                                    number(scale.y(value, baseline, PLOT_HEIGHT)),
                                    colour,
                                    escape(line.name()),
                                    escape(periods.get(p)),
                                    escape(value.toPlainString())));
                } else {
                    double y = baseline - 8 - 14 * withheldAt[p]++;
                    svg.append(("<g class=\"withheld\"><rect x=\"%s\" y=\"%s\" width=\"6\" height=\"6\" fill=\"white\""
                                    + " stroke=\"%s\" stroke-width=\"1.5\"/><text x=\"%s\" y=\"%s\" font-size=\"9\">%s"
                                    + "</text><title>%s, %s: %s</title></g>")
                            .formatted(
                                    number(x[p] - 3),
                                    number(y - 3),
                                    colour,
                                    number(x[p] + 5),
                                    number(y + 3),
                                    escape(withheldLabel),
                                    escape(line.name()),
                                    escape(periods.get(p)),
                                    escape(withheldLabel)));
                }
            }
            svg.append("</g>");
        }
        int legendTop = baseline + 40;
        for (int s = 0; s < series.size(); s++) {
            int lx = LEFT + (s % 2) * (plotWidth / 2);
            int ly = legendTop + (s / 2) * 20;
            String dash = DASHES[s].isEmpty() ? "" : " stroke-dasharray=\"" + DASHES[s] + "\"";
            svg.append(("<g class=\"legend\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                            + " stroke-width=\"2\"%s/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text></g>")
                    .formatted(
                            lx,
                            ly,
                            lx + 36,
                            ly,
                            COLOURS[s],
                            dash,
                            lx + 44,
                            ly + 4,
                            escape(series.get(s).name())));
        }
        return svg.append("</svg>").toString();
    }

    /** A horizontal bar per label; a withheld figure is a short hatched bar with the label given. */
    static String bars(String title, List<String> labels, List<BigDecimal> values, String withheldLabel) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
        }
        String id = id("bars", title, labels, values);
        int labelWidth = 160;
        int rowHeight = 26;
        int left = labelWidth + 8;
        int plotWidth = WIDTH - left - RIGHT - 40;
        int height = TOP + labels.size() * rowHeight + 36;
        int axisY = TOP + labels.size() * rowHeight;
        Scale scale = Scale.of(values.stream().filter(Objects::nonNull).toList());

        StringBuilder svg = open(id, title, describeBars(labels, values, withheldLabel), WIDTH, height);
        svg.append(("<defs><pattern id=\"%s-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"white\"/>"
                        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#444444\" stroke-width=\"2\"/>"
                        + "</pattern></defs>")
                .formatted(id));
        for (Tick tick : scale.ticks()) {
            double x = left + scale.fraction(tick.value()) * plotWidth;
            svg.append(("<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"#dddddd\"/>"
                            + "<text class=\"tick\" x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>")
                    .formatted(number(x), TOP, number(x), axisY, number(x), axisY + 16, escape(tick.label())));
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = TOP + i * rowHeight;
            BigDecimal value = values.get(i);
            svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>"
                    .formatted(labelWidth, y + 17, escape(labels.get(i))));
            if (value == null) {
                svg.append(("<g class=\"withheld\"><rect x=\"%d\" y=\"%d\" width=\"16\" height=\"18\""
                                + " fill=\"url(#%s-hatch)\" stroke=\"#444444\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">"
                                + "%s</text></g>")
                        .formatted(left, y + 4, id, left + 22, y + 17, escape(withheldLabel)));
            } else {
                double width = scale.fraction(value) * plotWidth;
                svg.append(("<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%s\" height=\"18\" fill=\"%s\"/>"
                                + "<text x=\"%s\" y=\"%d\" font-size=\"11\">%s</text>")
                        .formatted(
                                left,
                                y + 4,
                                number(width),
                                COLOURS[0],
                                number(left + width + 4),
                                y + 17,
                                escape(value.toPlainString())));
            }
        }
        svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444444\"/>"
                .formatted(left, TOP - 4, left, axisY));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int width, int height) {
        return new StringBuilder()
                .append(("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\""
                                + " role=\"img\" aria-labelledby=\"%s-title %s-desc\" font-family=\"sans-serif\">")
                        .formatted(width, height, id, id))
                .append("<title id=\"%s-title\">%s</title>".formatted(id, escape(title)))
                .append("<desc id=\"%s-desc\">%s</desc>".formatted(id, escape(description)))
                .append("<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>"
                        .formatted(LEFT, escape(title)));
    }

    private static void valueAxis(StringBuilder svg, Scale scale, int left, int baseline, int plotWidth) {
        for (Tick tick : scale.ticks()) {
            double y = scale.y(tick.value(), baseline, PLOT_HEIGHT);
            svg.append(("<line x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\" stroke=\"%s\"/>"
                            + "<text class=\"tick\" x=\"%d\" y=\"%s\" text-anchor=\"end\" font-size=\"11\">%s</text>")
                    .formatted(
                            left,
                            number(y),
                            left + plotWidth,
                            number(y),
                            tick.value().signum() == 0 ? "#444444" : "#dddddd",
                            left - 6,
                            number(y + 4),
                            escape(tick.label())));
        }
    }

    /** The figures as text, for screen readers: each line's or bar's values in order. */
    private static String describe(List<String> periods, List<Series> series, String withheldLabel) {
        StringBuilder text = new StringBuilder();
        if (!periods.isEmpty()) {
            text.append(periods.get(0))
                    .append(" – ")
                    .append(periods.get(periods.size() - 1))
                    .append(". ");
        }
        for (Series line : series) {
            text.append(line.name()).append(": ");
            List<String> shown = new ArrayList<>();
            line.values().forEach(value -> shown.add(value == null ? withheldLabel : value.toPlainString()));
            text.append(String.join(", ", shown)).append(". ");
        }
        return text.toString().strip();
    }

    private static String describeBars(List<String> labels, List<BigDecimal> values, String withheldLabel) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            parts.add(labels.get(i) + ": "
                    + (values.get(i) == null ? withheldLabel : values.get(i).toPlainString()));
        }
        return String.join(", ", parts);
    }

    /** An id from the chart's content, so that the same chart always reads the same and two charts differ. */
    private static String id(String kind, Object... content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(java.util.Arrays.deepToString(content).getBytes(StandardCharsets.UTF_8));
            return "chart-" + kind + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private record Tick(BigDecimal value, String label) {}

    /** A value axis from zero to a round number, with ticks at round steps (1, 2 or 5 times a power of ten). */
    private record Scale(BigDecimal top, List<Tick> ticks) {

        static Scale of(List<BigDecimal> values) {
            BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            if (max.signum() <= 0) {
                max = BigDecimal.ONE;
            }
            BigDecimal rough = max.divide(BigDecimal.valueOf(4), 10, RoundingMode.UP);
            BigDecimal power = BigDecimal.ONE.movePointRight(rough.precision() - rough.scale() - 1);
            BigDecimal step = power;
            for (int factor : new int[] {1, 2, 5, 10}) {
                step = power.multiply(BigDecimal.valueOf(factor));
                if (step.compareTo(rough) >= 0) {
                    break;
                }
            }
            List<Tick> ticks = new ArrayList<>();
            BigDecimal tick = BigDecimal.ZERO;
            while (true) {
                ticks.add(new Tick(tick, tick.stripTrailingZeros().toPlainString()));
                if (tick.compareTo(max) >= 0) {
                    break;
                }
                tick = tick.add(step);
            }
            return new Scale(tick, List.copyOf(ticks));
        }

        double fraction(BigDecimal value) {
            return value.doubleValue() / top.doubleValue();
        }

        double y(BigDecimal value, int baseline, int plotHeight) {
            return baseline - fraction(value) * plotHeight;
        }
    }
}
