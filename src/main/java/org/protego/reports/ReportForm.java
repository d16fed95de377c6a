package org.protego.reports;

import java.util.Arrays;
import java.util.List;

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
