package org.protego.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The public report form as a browser posts it; URLs come one per line. */
class ReportForm {

    private String category;
    private String urls = "";
    private String description;
    private String country;
    private String incidentDate;
    private boolean childInDanger;
    private boolean reporterIsChild;
    private String contact;
    private String channel;
    private String submissionToken;

    /**
     * The form as a refused post left it, from the values a page's problem advice brings back (never the submission
     * token, so a new one is given); an empty form when nothing came back.
     */
    static ReportForm refilledFrom(Object typedValues) {
        var form = new ReportForm();
        if (typedValues instanceof Map<?, ?> values) {
            form.category = value(values, "category");
            form.urls = value(values, "urls") == null ? "" : value(values, "urls");
            form.description = value(values, "description");
            form.country = value(values, "country");
            form.incidentDate = value(values, "incidentDate");
            form.childInDanger = "true".equals(value(values, "childInDanger"));
            form.reporterIsChild = "true".equals(value(values, "reporterIsChild"));
            form.contact = value(values, "contact");
            form.channel = value(values, "channel");
        }
        return form;
    }

    private static String value(Map<?, ?> values, String field) {
        return values.get(field) instanceof String text ? text : null;
    }

    SubmitReport toSubmission(String language) {
        List<String> lines = Arrays.stream((urls == null ? "" : urls).split("\\R"))
                .filter(line -> !line.isBlank())
                .toList();
        return new SubmitReport(
                category, lines, description, country, incidentDate, language, childInDanger, reporterIsChild, contact);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getUrls() {
        return urls;
    }

    public void setUrls(String urls) {
        this.urls = urls;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getIncidentDate() {
        return incidentDate;
    }

    public void setIncidentDate(String incidentDate) {
        this.incidentDate = incidentDate;
    }

    public boolean isChildInDanger() {
        return childInDanger;
    }

    public void setChildInDanger(boolean childInDanger) {
        this.childInDanger = childInDanger;
    }

    public boolean isReporterIsChild() {
        return reporterIsChild;
    }

    public void setReporterIsChild(boolean reporterIsChild) {
        this.reporterIsChild = reporterIsChild;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String submissionToken) {
        this.submissionToken = submissionToken;
    }
}
