package org.protego.hashes;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.protego.identity.IdentityManagement;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for hash lists: every list with the organisation that owns it, CSV import into lists of the
 * administrator's organisation, export of the lists it may read, and which organisations may use each list. A refused
 * import comes back to the page, which says what is wrong on which line.
 */
@Controller
@RequestMapping("/admin/hash-lists")
class HashListController {

    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private final HashManagement hashes;
    private final IdentityManagement identity;

    HashListController(HashManagement hashes, IdentityManagement identity) {
        this.hashes = hashes;
        this.identity = identity;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("lists", hashes.administeredLists());
        model.addAttribute("organisations", identity.organisations());
        return "admin/hash-lists";
    }

    @PostMapping("/import")
    @ReturnsOnRefusalTo("/admin/hash-lists")
    String importCsv(@RequestParam String list, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
            throw new InvalidRequestException(List.of(new FieldProblem("file", HashError.FILE_SIZE)));
        }
        redirect.addFlashAttribute(
                "imported", hashes.importCsv(list.strip(), new String(file.getBytes(), StandardCharsets.UTF_8)));
        return "redirect:/admin/hash-lists";
    }

    @PostMapping("/licences")
    @ReturnsOnRefusalTo("/admin/hash-lists")
    String license(@RequestParam String list, @RequestParam UUID organisationId) {
        hashes.license(list.strip(), organisationId);
        return "redirect:/admin/hash-lists?licensed";
    }

    /** Downloads a list; one the administrator may not read is refused before the download's headers are set. */
    @GetMapping("/{list}/export")
    void export(@PathVariable String list, HttpServletResponse response) throws IOException {
        hashes.version(list);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + list.replaceAll("[^a-z0-9._-]", "") + ".csv\"");
        hashes.export(list, 0, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
