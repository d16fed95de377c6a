package org.protego.cases;

import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's retention page: the periods, what a run would do now, the cases on hold, and the run. */
@Controller
@RequestMapping("/admin/retention")
class RetentionPageController {

    private static final String PAGE = "/admin/retention";

    private final CaseRetention retention;

    RetentionPageController(CaseRetention retention) {
        this.retention = retention;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("policies", retention.policies());
        model.addAttribute("plan", retention.dryRun());
        model.addAttribute("heldCases", retention.heldCases());
        return "admin/retention";
    }

    @PostMapping("/{recordType}")
    @ReturnsOnRefusalTo(PAGE)
    String changePolicy(@PathVariable String recordType, @RequestParam(required = false) Integer years) {
        retention.changePolicy(recordType, years);
        return "redirect:" + PAGE + "?saved";
    }

    @PostMapping("/run")
    @ReturnsOnRefusalTo(PAGE)
    String run(RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", retention.run());
        return "redirect:" + PAGE;
    }
}
