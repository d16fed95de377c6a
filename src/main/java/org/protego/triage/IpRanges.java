package org.protego.triage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.protego.shared.CountryCode;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The IP-range-to-country table used to find where reported content is hosted. */
@Repository
class IpRanges {

    static final int MAX_ERRORS_REPORTED = 20;

    private final JdbcClient jdbc;

    IpRanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Range(String firstAddress, String lastAddress, String country) {}

    /**
     * Reads CSV lines {@code first_address,last_address,country}; a header line and blank lines are skipped. Every
     * bad line is reported, and then nothing is imported.
     */
    static List<Range> parse(String csv) {
        List<Range> ranges = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        String[] lines = (csv == null ? "" : csv).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()
                    || line.startsWith("#")
                    || (i == 0 && line.toLowerCase().startsWith("first"))) {
                continue;
            }
            String[] fields = line.split(",");
            Optional<Range> range = fields.length == 3 ? rangeOf(fields) : Optional.empty();
            if (range.isPresent()) {
                ranges.add(range.get());
            } else if (problems.size() < MAX_ERRORS_REPORTED) {
                problems.add(new FieldProblem("line " + (i + 1), TriageError.IP_RANGE_INVALID));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (ranges.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldProblem("csv", TriageError.IP_RANGES_EMPTY)));
        }
        return ranges;
    }

    void replaceAll(List<Range> ranges) {
        jdbc.sql("delete from triage_ip_range").update();
        for (Range range : ranges) {
            jdbc.sql("insert into triage_ip_range (first_address, last_address, country) "
                            + "values (cast(:first as inet), cast(:last as inet), :country)")
                    .param("first", range.firstAddress())
                    .param("last", range.lastAddress())
                    .param("country", range.country())
                    .update();
        }
    }

    int count() {
        return jdbc.sql("select count(*) from triage_ip_range")
                .query(Integer.class)
                .single();
    }

    Optional<String> countryOf(String address) {
        return literalAddress(address)
                .flatMap(ip -> jdbc.sql("""
                        select country, last_address >= cast(:ip as inet) as covers from triage_ip_range
                        where first_address <= cast(:ip as inet) and family(first_address) = family(cast(:ip as inet))
                        order by first_address desc limit 1""")
                        .param("ip", ip)
                        .query((rs, n) -> rs.getBoolean("covers") ? rs.getString("country") : null)
                        .optional()
                        .filter(country -> country != null));
    }

    /** Accepts only IP literals, so that a look-up never resolves a host name over the network. */
    static Optional<String> literalAddress(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        boolean looksLiteral = trimmed.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")
                || trimmed.matches("[0-9a-fA-F:.]+") && trimmed.contains(":");
        if (!looksLiteral) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(trimmed).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<Range> rangeOf(String[] fields) {
        Optional<String> first = literalAddress(fields[0]);
        Optional<String> last = literalAddress(fields[1]);
        String country = fields[2].strip();
        if (first.isEmpty() || last.isEmpty() || !CountryCode.isValid(country)) {
            return Optional.empty();
        }
        try {
            byte[] from = InetAddress.getByName(first.get()).getAddress();
            byte[] to = InetAddress.getByName(last.get()).getAddress();
            if (from.length != to.length || java.util.Arrays.compareUnsigned(from, to) > 0) {
                return Optional.empty();
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.of(
                new Range(first.get(), last.get(), CountryCode.parse(country).value()));
    }
}
