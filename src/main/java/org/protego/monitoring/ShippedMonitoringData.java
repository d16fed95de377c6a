package org.protego.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the commitments, instruments and codes of conduct shipped in {@code src/main/resources/monitoring/} at start-up.
 * A shipped row is inserted when its code is absent and never overwrites one already stored, so what monitors
 * recorded survives every upgrade.
 */
@Component
class ShippedMonitoringData implements SmartInitializingSingleton {

    static final String COMMITMENTS = "monitoring/commitments.csv";
    static final String INSTRUMENTS = "monitoring/instruments.csv";
    static final String CODES_OF_CONDUCT = "monitoring/codes-of-conduct.json";

    static final List<String> COMMITMENT_COLUMNS = List.of(
            "code",
            "document",
            "document_year",
            "section",
            "paragraph",
            "deadline_year",
            "recurrence",
            "theme",
            "quote",
            "text_en",
            "evidence_indicators",
            "instrument_codes",
            "seed_file");
    static final List<String> INSTRUMENT_COLUMNS = List.of(
            "code",
            "title",
            "short_title",
            "body",
            "treaty_reference",
            "adopted_on",
            "in_force_on",
            "region",
            "named_in",
            "source_url");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ShippedMonitoringData(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> {
            insertCommitments(records(COMMITMENTS, COMMITMENT_COLUMNS));
            insertInstruments(records(INSTRUMENTS, INSTRUMENT_COLUMNS));
            insertCodesOfConduct(codesOfConduct());
        });
    }

    /** The rows of a shipped CSV file, refused unless its header is exactly the columns expected. */
    static List<CSVRecord> records(String resource, List<String> columns) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
            var parser = format.parse(reader);
            if (!parser.getHeaderNames().equals(columns)) {
                throw new IllegalStateException(
                        resource + " must have the columns " + columns + "; it has " + parser.getHeaderNames());
            }
            List<CSVRecord> records = parser.getRecords();
            for (CSVRecord record : records) {
                if (record.size() != columns.size()) {
                    throw new IllegalStateException(resource + " line " + record.getRecordNumber() + " has "
                            + record.size() + " fields, not " + columns.size());
                }
            }
            return records;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    static JsonNode codesOfConduct() {
        try (InputStream in = open(CODES_OF_CONDUCT)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CODES_OF_CONDUCT, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        return new ClassPathResource(resource).getInputStream();
    }

    /** A {@code ;}-list of a CSV field, without blanks. */
    static List<String> list(String field) {
        return Arrays.stream(field.split(";"))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** "By 2013" means before 2014: the deadline is the year's last day. */
    static LocalDate deadline(String deadlineYear) {
        return deadlineYear.isBlank() ? null : LocalDate.of(Integer.parseInt(deadlineYear), 12, 31);
    }

    private void insertCommitments(List<CSVRecord> records) {
        int position = 0;
        for (CSVRecord row : records) {
            position++;
            jdbc.sql("""
                    insert into monitoring_commitment (code, document, document_year, section, paragraph, quote,
                        summary, theme, seed_file, deadline, recurrence, evidence_indicators, instrument_codes,
                        position)
                    values (:code, :document, :documentYear, :section, :paragraph, :quote, :summary, :theme,
                        :seedFile, :deadline, :recurrence, :indicators, :instruments, :position)
                    on conflict (code) do nothing""")
                    .param("code", row.get("code"))
                    .param("document", row.get("document"))
                    .param("documentYear", Integer.parseInt(row.get("document_year")))
                    .param("section", row.get("section"))
                    .param("paragraph", row.get("paragraph"))
                    .param("quote", row.get("quote"))
                    .param("summary", row.get("text_en"))
                    .param("theme", row.get("theme"))
                    .param("seedFile", row.get("seed_file"))
                    .param("deadline", deadline(row.get("deadline_year")))
                    .param("recurrence", row.get("recurrence"))
                    .param("indicators", list(row.get("evidence_indicators")).toArray(String[]::new))
                    .param("instruments", list(row.get("instrument_codes")).toArray(String[]::new))
                    .param("position", position)
                    .update();
        }
    }

    private void insertInstruments(List<CSVRecord> records) {
        int position = 0;
        for (CSVRecord row : records) {
            position++;
            jdbc.sql("""
                    insert into monitoring_instrument (code, title, short_title, body, treaty_reference, adopted_on,
                        in_force_on, region, named_in, source_url, position)
                    values (:code, :title, :shortTitle, :body, :reference, :adoptedOn, :inForceOn, :region, :namedIn,
                        :sourceUrl, :position)
                    on conflict (code) do nothing""")
                    .param("code", row.get("code"))
                    .param("title", row.get("title"))
                    .param("shortTitle", row.get("short_title"))
                    .param("body", row.get("body"))
                    .param("reference", blankToNull(row.get("treaty_reference")))
                    .param("adoptedOn", day(row.get("adopted_on")))
                    .param("inForceOn", day(row.get("in_force_on")))
                    .param("region", blankToNull(row.get("region")))
                    .param("namedIn", row.get("named_in"))
                    .param("sourceUrl", blankToNull(row.get("source_url")))
                    .param("position", position)
                    .update();
        }
    }

    private void insertCodesOfConduct(JsonNode codes) {
        int position = 0;
        for (JsonNode code : codes) {
            position++;
            jdbc.sql("""
                    insert into monitoring_code_of_conduct (code, title, sector, source, quote, seed_file, commitments,
                        position)
                    values (:code, :title, :sector, :source, :quote, :seedFile, cast(:commitments as jsonb), :position)
                    on conflict (code) do nothing""")
                    .param("code", code.get("code").asString())
                    .param("title", code.get("title").asString())
                    .param("sector", code.get("sector").asString())
                    .param("source", code.get("source").asString())
                    .param("quote", code.get("quote").asString())
                    .param("seedFile", code.get("seedFile").asString())
                    .param("commitments", code.get("commitments").toString())
                    .param("position", position)
                    .update();
        }
    }

    private static LocalDate day(String text) {
        return text.isBlank() ? null : LocalDate.parse(text);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
