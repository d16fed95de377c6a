package org.protego.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.audit.SignedDocument;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.JsonNode;

/**
 * Snapshots shaped exactly as the indicators, commitments, instruments and registry parts freeze them, and the
 * template engine and messages the application renders reports with, built without Spring.
 */
final class AnnualReportSamples {

    static final Instant CUT_OFF = Instant.parse("2027-01-15T08:00:00Z");

    private AnnualReportSamples() {}

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static SpringTemplateEngine templates() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages());
        return engine;
    }

    static AnnualReportRenderer renderer() {
        return new AnnualReportRenderer(templates());
    }

    static AnnualReport draft(String language) {
        return new AnnualReport(
                UUID.fromString("0e6f5e1c-4a39-4a43-9f1e-6f1d1c3b2a10"),
                2026,
                language,
                AnnualReport.State.DRAFT,
                "a".repeat(64),
                CUT_OFF,
                new AnnualReport.Person(UUID.randomUUID(), "monitor-a"),
                CUT_OFF,
                Map.of("introduction", "The year in brief."),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                3);
    }

    static AnnualReport published(String language) {
        AnnualReport draft = draft(language);
        return draft.approvedBy(
                new AnnualReport.Person(UUID.randomUUID(), "monitor-b"),
                CUT_OFF.plusSeconds(3600),
                new SignedDocument(
                        "protego-signed-document-v1\nkind: annual-report\nid: " + draft.id() + "\nsha256: "
                                + "a".repeat(64) + "\n",
                        "MEUCIQDsignature"),
                null,
                null);
    }

    static AnnualReportDocument document(AnnualReport report, Map<String, Object> snapshot) {
        JsonNode tree = AnnualReportJson.parse(AnnualReportJson.canonical(snapshot));
        return AnnualReportDocument.of(report, tree, messages());
    }

    /** Only the report's own facts: what a deployment without any section freezes. */
    static Map<String, Object> empty() {
        return new LinkedHashMap<>(
                Map.of("report", Map.of("year", 2026, "cutOff", CUT_OFF.toString(), "minimumCount", 5, "format", 1)));
    }

    /**
     * Every part filled: {@code reports_received} with 2026 and 2025 figures, a withheld cell for girls in 2026 and
     * one for boys in 2025, a commitment overdue, an instrument and a company.
     */
    static Map<String, Object> full() {
        Map<String, Object> snapshot = empty();
        snapshot.put(
                "indicators",
                Map.of(
                        "definitions",
                        List.of(Map.of(
                                "code",
                                "reports_received",
                                "version",
                                1,
                                "title",
                                "monitoring.indicator.reports_received",
                                "unit",
                                "number",
                                "sha256",
                                "b".repeat(64))),
                        "tables",
                        tables(2026, 1234, List.of(cell("female", null), cell("male", 40), cell("_T", 1234))),
                        "previousYear",
                        tables(2025, 1200, List.of(cell("female", 30), cell("male", null), cell("_T", 1200)))));
        snapshot.put(
                "commitments",
                List.of(commitment("RIO-C1A-22", "2013-12-31", "partially_met", true, "Ministry of Justice")));
        snapshot.put(
                "instruments",
                List.of(mapOf(
                        "code", "OPSC",
                        "title", "Optional Protocol on the sale of children",
                        "adoptedOn", "2000-05-25",
                        "inForceOn", "2002-01-18",
                        "signedOn", "2000-09-06",
                        "consentOn", "2002-05-10",
                        "consentType", "ratification",
                        "reservations", null,
                        "inForceForStateOn", "2002-06-10")));
        snapshot.put(
                "registry",
                List.of(Map.of(
                        "company",
                        "Hotel Horizon",
                        "code",
                        "The Code",
                        "signedOn",
                        "2019-03-01",
                        "selfReports",
                        List.of(Map.of("year", 2026, "submitted", true, "assessment", "met")))));
        return snapshot;
    }

    static Map<String, Object> commitment(String code, String deadline, String status, boolean overdue, String owner) {
        return mapOf(
                "code",
                code,
                "document",
                "Rio de Janeiro Pact",
                "section",
                "C.1",
                "paragraph",
                "22",
                "quote",
                "By 2013, establish a reporting system.",
                "summary",
                "A national reporting system",
                "deadline",
                deadline,
                "status",
                status,
                "overdue",
                overdue,
                "owner",
                owner,
                "evidence",
                List.of(Map.of("kind", "indicator", "title", "Reports received", "indicator", "reports_received")));
    }

    private static List<Object> tables(int year, int total, List<Map<String, Object>> bySex) {
        List<Map<String, Object>> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(mapOf(
                    "period",
                    String.format("%d-%02d", year, month),
                    "value",
                    month == 3 ? null : 100 + month,
                    "suppressed",
                    month == 3));
        }
        List<Map<String, Object>> sexCells = new ArrayList<>();
        for (Map<String, Object> cell : bySex) {
            Map<String, Object> withPeriod = new LinkedHashMap<>(cell);
            withPeriod.put("period", Integer.toString(year));
            sexCells.add(withPeriod);
        }
        return List.of(
                table(
                        year,
                        "year",
                        List.of(),
                        List.of(mapOf("period", Integer.toString(year), "value", total, "suppressed", false))),
                table(year, "year", List.of("sex"), sexCells),
                table(year, "month", List.of(), months));
    }

    private static Map<String, Object> table(
            int year, String period, List<String> by, List<Map<String, Object>> cells) {
        return mapOf(
                "indicator",
                "reports_received",
                "version",
                1,
                "unit",
                "number",
                "from",
                year + "-01-01",
                "to",
                year + "-12-31",
                "period",
                period,
                "by",
                by,
                "minimumCount",
                5,
                "cutOff",
                CUT_OFF.toString(),
                "cells",
                cells);
    }

    private static Map<String, Object> cell(String sex, Integer value) {
        return mapOf("sex", sex, "value", value, "suppressed", value == null);
    }

    /** A map that, unlike Map.of, holds nulls, as JSON does. */
    static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
