package org.protego.monitoring;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * An indicator's figures as files to download: plain CSV with Protego's codes, or SDMX-CSV 2.0 for statistical
 * offices. Both carry the same withheld cells as the page and the JSON.
 */
@Component
class IndicatorDownloads {

    /** SDMX's code for a reference area that is not given, used when {@code protego.country} is unset. */
    private static final String AREA_NOT_GIVEN = "_Z";

    private final String country;

    IndicatorDownloads(@Value("${protego.country:}") String country) {
        this.country = country == null || country.isBlank() ? AREA_NOT_GIVEN : country.toUpperCase(Locale.ROOT);
    }

    ResponseEntity<String> csv(IndicatorCells figures) {
        var out = new StringWriter();
        PlainCsvWriter.write(figures, out);
        return file(out.toString(), new MediaType("text", "csv", StandardCharsets.UTF_8), figures, "csv");
    }

    ResponseEntity<String> sdmx(IndicatorCells figures, IndicatorDefinition definition) {
        var out = new StringWriter();
        SdmxCsvWriter.write(figures, definition.dimensions(), country, out);
        return file(out.toString(), MediaType.parseMediaType(SdmxCsvWriter.MEDIA_TYPE), figures, "sdmx.csv");
    }

    private static ResponseEntity<String> file(String body, MediaType type, IndicatorCells figures, String extension) {
        String name = figures.indicator() + "-v" + figures.version() + "-" + figures.from() + "-" + figures.to() + "."
                + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, "en")
                .body(body);
    }
}
