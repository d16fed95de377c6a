package org.protego.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's option lists page: one list for one country at a time, edited as text, one option a line:
 * {@code code | English label | fr=label | ar=label}.
 */
@Controller
@RequestMapping("/admin/option-lists")
class OptionListPageController {

    private final OptionLists optionLists;

    OptionListPageController(OptionLists optionLists) {
        this.optionLists = optionLists;
    }

    @GetMapping
    String page(
            @RequestParam(defaultValue = OptionListRules.DOCUMENT_TYPES) String list,
            @RequestParam(defaultValue = OptionLists.EVERY_COUNTRY) String country,
            Model model) {
        model.addAttribute("lists", optionLists.names());
        model.addAttribute("list", list);
        model.addAttribute("country", country);
        model.addAttribute("optionsText", textOf(optionLists.setFor(list, country)));
        return "admin/option-lists";
    }

    @PostMapping
    @ReturnsOnRefusalTo("/admin/option-lists")
    String replace(
            @RequestParam(defaultValue = "") String list,
            @RequestParam(defaultValue = OptionLists.EVERY_COUNTRY) String country,
            @RequestParam(defaultValue = "") String options) {
        OptionLists.OptionList saved = optionLists.replace(list, country, optionsIn(options));
        return "redirect:"
                + UriComponentsBuilder.fromPath("/admin/option-lists")
                        .queryParam("list", saved.list())
                        .queryParam("country", saved.country())
                        .queryParam("saved")
                        .encode()
                        .toUriString();
    }

    static String textOf(List<OptionLists.Option> options) {
        return options.stream()
                .map(option -> option.code() + " | " + option.label()
                        + option.translations().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(translation -> " | " + translation.getKey() + "=" + translation.getValue())
                                .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    /** The options a text holds; a line without a label keeps a null label, which the rules then refuse. */
    static List<OptionLists.Option> optionsIn(String text) {
        List<OptionLists.Option> options = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> parts =
                    Arrays.stream(line.split("\\|")).map(String::strip).toList();
            Map<String, String> translations = new LinkedHashMap<>();
            for (String part : parts.subList(Math.min(2, parts.size()), parts.size())) {
                int equals = part.indexOf('=');
                translations.put(
                        equals < 0 ? part : part.substring(0, equals).strip(),
                        equals < 0 ? "" : part.substring(equals + 1).strip());
            }
            options.add(new OptionLists.Option(parts.get(0), parts.size() > 1 ? parts.get(1) : null, translations));
        }
        return options;
    }
}
