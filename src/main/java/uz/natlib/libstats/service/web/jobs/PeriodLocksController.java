package uz.natlib.libstats.service.web.jobs;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uz.natlib.libstats.periods.PeriodRepository;
import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.service.web.BadRequest;
import uz.natlib.libstats.service.web.CurrentUser;

/**
 * An administrator locks a period (its figures are final: returns for it are refused from then
 * on) or unlocks it again, from the jobs page. Only administrators may post here.
 */
@Controller
class PeriodLocksController {

    private static final Pattern PERIOD = Pattern.compile("\\d{4}(Q[1-4]|M(0[1-9]|1[0-2]))?");

    private final PeriodRepository periods;
    private final CurrentUser currentUser;
    private final Audit audit;

    PeriodLocksController(PeriodRepository periods, CurrentUser currentUser, Audit audit) {
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PostMapping("/periods/lock")
    String lock(@RequestParam("period") String period, HttpServletRequest request, RedirectAttributes redirect) {
        return set(period, true, request, redirect);
    }

    @PostMapping("/periods/unlock")
    String unlock(@RequestParam("period") String period, HttpServletRequest request, RedirectAttributes redirect) {
        return set(period, false, request, redirect);
    }

    private String set(String period, boolean locked, HttpServletRequest request, RedirectAttributes redirect) {
        String code = period.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PERIOD.matcher(code).matches() || !periods.lock(code, locked)) {
            throw new BadRequest("jobs.error.period");
        }
        audit.record(currentUser.required().username(),
                locked ? Audit.Action.PERIOD_LOCKED : Audit.Action.PERIOD_UNLOCKED, code, Audit.Outcome.OK,
                request.getRemoteAddr());
        redirect.addFlashAttribute(locked ? "locked" : "unlocked", code);
        return "redirect:/jobs#periods";
    }
}
