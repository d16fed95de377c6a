package org.protego.triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for importing the IP-range-to-country table. A refused file comes back to the page, which
 * says what is wrong on which line.
 */
@Controller
@RequestMapping("/admin/ip-ranges")
class IpRangeController {

    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final TriageManagement triage;

    IpRangeController(TriageManagement triage) {
        this.triage = triage;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("count", triage.ipRangeCount());
        return "admin/ip-ranges";
    }

    @PostMapping
    String importCsv(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
            throw new InvalidRequestException(List.of(new FieldProblem("file", TriageError.IP_RANGE_FILE_SIZE)));
        }
        redirect.addFlashAttribute(
                "imported", triage.importIpRanges(new String(file.getBytes(), StandardCharsets.UTF_8)));
        return "redirect:/admin/ip-ranges";
    }
}
