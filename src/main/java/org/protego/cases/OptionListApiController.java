package org.protego.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OptionListApiController {

    private final OptionLists optionLists;

    OptionListApiController(OptionLists optionLists) {
        this.optionLists = optionLists;
    }

    @Operation(summary = "The option lists there are, each with the countries it is set for ('*': every country)")
    @GetMapping("/api/v1/option-lists")
    Map<String, List<String>> names() {
        return optionLists.names();
    }

    @Operation(
            summary = "The options of a list for a country (the deployment's by default): its own list, or the one"
                    + " for every country")
    @GetMapping("/api/v1/option-lists/{list}")
    OptionLists.OptionList list(@PathVariable String list, @RequestParam(required = false) String country) {
        return optionLists.applying(list, country);
    }

    @Operation(
            summary = "Replace a list for a country (?country=MT) or for every country (no country); an empty list"
                    + " removes a country's own (admin)")
    @PutMapping("/api/v1/admin/option-lists/{list}")
    OptionLists.OptionList replace(
            @PathVariable String list,
            @RequestParam(required = false) String country,
            @RequestBody List<OptionLists.Option> options) {
        return optionLists.replace(list, country, options);
    }
}
