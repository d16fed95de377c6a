package org.protego.triage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.protego.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrator's page for importing the IP-range-to-country table. */
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
    String importCsv(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        try {
            if (file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
                throw new InvalidRequestException(java.util.List.of(new org.protego.shared.FieldProblem(
                        "file", "file-size", "Choose a CSV file of at most 50 MB.")));
            }
            model.addAttribute("imported", triage.importIpRanges(new String(file.getBytes(), StandardCharsets.UTF_8)));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
        }
        model.addAttribute("count", triage.ipRangeCount());
        return "admin/ip-ranges";
    }
}
