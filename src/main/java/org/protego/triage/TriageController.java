package org.protego.triage;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The analyst's pages: queue, report, URL item with its assessment form. Reported URLs are shown as inert text. */
@Controller
@RequestMapping("/staff")
class TriageController {

    static final int QUEUE_PAGE_SIZE = 50;

    private final TriageManagement triage;

    TriageController(TriageManagement triage) {
        this.triage = triage;
    }

    @ModelAttribute("outcomes")
    AssessmentOutcome[] outcomes() {
        return AssessmentOutcome.values();
    }

    @ModelAttribute("ageBands")
    Labels.AgeBand[] ageBands() {
        return Labels.AgeBand.values();
    }

    @ModelAttribute("sexes")
    Labels.ApparentSex[] sexes() {
        return Labels.ApparentSex.values();
    }

    @ModelAttribute("siteTypes")
    Labels.SiteType[] siteTypes() {
        return Labels.SiteType.values();
    }

    /**
     * A page of the queue. Every choice is a query parameter, so that a filtered page can be bookmarked; a value the
     * page does not know shows every report instead, as an old bookmark should.
     */
    @GetMapping("/queue")
    String queue(
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "false") boolean danger,
            @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        var query = new QueueQuery(
                Category.fromCode(category).orElse(null),
                channelOf(channel),
                danger,
                QueueOrder.fromCode(sort).orElse(QueueOrder.PRIORITY),
                Math.max(1, page),
                QUEUE_PAGE_SIZE);
        QueuePage queue = triage.queue(query);
        if (query.page() > queue.pageCount()) {
            queue = triage.queue(query.onPage(queue.pageCount()));
        }
        model.addAttribute("queue", queue);
        int shown = queue.query().page();
        model.addAttribute(
                "previousPage", queue.hasPrevious() ? address(queue.query().onPage(shown - 1)) : null);
        model.addAttribute("nextPage", queue.hasNext() ? address(queue.query().onPage(shown + 1)) : null);
        model.addAttribute("categories", Category.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("orders", QueueOrder.values());
        return "staff/queue";
    }

    /** The address of a page of the queue, with the choices that made it, so that each page keeps the filters. */
    static String address(QueueQuery query) {
        var address = UriComponentsBuilder.fromPath("/staff/queue");
        if (query.category() != null) {
            address.queryParam("category", query.category().code());
        }
        if (query.channel() != null) {
            address.queryParam("channel", query.channel().name().toLowerCase(Locale.ROOT));
        }
        if (query.childInDangerOnly()) {
            address.queryParam("danger", true);
        }
        return address.queryParam("sort", query.order().code())
                .queryParam("page", query.page())
                .encode()
                .toUriString();
    }

    /** A channel as the queue's address names it, in lower case; null for every channel. */
    static Channel channelOf(String code) {
        return Arrays.stream(Channel.values())
                .filter(channel -> channel.name().equalsIgnoreCase(code))
                .findFirst()
                .orElse(null);
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable UUID id, Model model) {
        model.addAttribute("report", triage.report(id));
        return "staff/report";
    }

    @PostMapping("/reports/{id}/close")
    @ReturnsOnRefusalTo("/staff/reports/{id}")
    String close(@PathVariable UUID id) {
        triage.closeReport(id);
        return "redirect:/staff/reports/" + id + "?closed";
    }

    /** Finds items by URL; a URL that cannot be read is refused with the reason, on the error page. */
    @GetMapping("/url-items")
    String search(@RequestParam(defaultValue = "") String url, Model model) {
        model.addAttribute("url", url);
        if (!url.isBlank()) {
            model.addAttribute("items", triage.itemsMatching(url));
        }
        return "staff/url-search";
    }

    /** The item with its assessment form, which a refused assessment refills from what the analyst typed. */
    @GetMapping("/url-items/{id}")
    String item(@PathVariable UUID id, Model model) {
        model.addAttribute("item", triage.item(id));
        model.addAttribute("history", triage.assessmentHistory(id));
        return "staff/url-item";
    }

    @PostMapping("/url-items/{id}/assessment")
    @ReturnsOnRefusalTo("/staff/url-items/{id}")
    String assess(@PathVariable UUID id, @ModelAttribute AssessmentForm form) {
        triage.assess(id, form.toCommand());
        return "redirect:/staff/url-items/" + id + "?assessed";
    }

    /** The assessment form as a browser posts it. */
    static class AssessmentForm {
        private String outcome;
        private String ageBand;
        private String apparentSex;
        private String siteType;
        private String hostingCountry;
        private String hostingAddress;
        private String note;

        AssessUrl toCommand() {
            return new AssessUrl(outcome, ageBand, apparentSex, siteType, hostingCountry, hostingAddress, note);
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getAgeBand() {
            return ageBand;
        }

        public void setAgeBand(String ageBand) {
            this.ageBand = ageBand;
        }

        public String getApparentSex() {
            return apparentSex;
        }

        public void setApparentSex(String apparentSex) {
            this.apparentSex = apparentSex;
        }

        public String getSiteType() {
            return siteType;
        }

        public void setSiteType(String siteType) {
            this.siteType = siteType;
        }

        public String getHostingCountry() {
            return hostingCountry;
        }

        public void setHostingCountry(String hostingCountry) {
            this.hostingCountry = hostingCountry;
        }

        public String getHostingAddress() {
            return hostingAddress;
        }

        public void setHostingAddress(String hostingAddress) {
            this.hostingAddress = hostingAddress;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
