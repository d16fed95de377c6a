package org.protego.directory;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The administrator's page for importing services as HSDS 3.0 JSON and downloading the whole directory. A refused file
 * comes back to the page, which says what is wrong at which JSON Pointer.
 */
@Controller
@RequestMapping("/admin/directory")
class DirectoryAdminController {

    private final DirectoryManagement directory;

    DirectoryAdminController(DirectoryManagement directory) {
        this.directory = directory;
    }

    @GetMapping
    String show() {
        return "admin/directory";
    }

    /** Imports one service, or an array of services all or none, and shows what Protego did not keep. */
    @PostMapping
    String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        JsonNode json = parsed(file);
        List<ImportedService> imported =
                json.isArray() ? directory.importAll(json) : List.of(directory.importService(json));
        redirect.addFlashAttribute("imported", imported.size());
        redirect.addFlashAttribute(
                "ignoredFields",
                imported.stream()
                        .flatMap(service -> service.ignoredFields().stream())
                        .toList());
        return "redirect:/admin/directory";
    }

    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        String json = HsdsJson.text(directory.exportAll());
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"directory-hsds.json\"");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode parsed(MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw unreadable();
        }
        try {
            return HsdsJson.parse(new String(file.getBytes(), StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw unreadable();
        }
    }

    private static InvalidRequestException unreadable() {
        return new InvalidRequestException(List.of(new FieldProblem("file", DirectoryError.HSDS_FILE_UNREADABLE)));
    }
}
