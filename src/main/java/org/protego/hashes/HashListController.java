package org.protego.hashes;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.protego.identity.IdentityManagement;
import org.protego.shared.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's page for hash lists: every list with the organisation that owns it, CSV import into lists of the
 * administrator's organisation, export of the lists it may read, and which organisations may use each list.
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
    String importCsv(
            @RequestParam String list,
            @RequestParam("file") MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            if (file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
                throw new InvalidRequestException(java.util.List.of(new org.protego.shared.FieldProblem(
                        "file", "file-size", "Choose a CSV file of at most 200 MB.")));
            }
            model.addAttribute(
                    "imported", hashes.importCsv(list.strip(), new String(file.getBytes(), StandardCharsets.UTF_8)));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
        } catch (AccessDeniedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("listOfAnotherOrganisation", list.strip());
        }
        return show(model);
    }

    @PostMapping("/licences")
    String license(@RequestParam String list, @RequestParam UUID organisationId) {
        hashes.license(list.strip(), organisationId);
        return "redirect:/admin/hash-lists?licensed";
    }

    @GetMapping("/{list}/export")
    void export(@PathVariable String list, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + list.replaceAll("[^a-z0-9._-]", "") + ".csv\"");
        hashes.export(list, 0, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
