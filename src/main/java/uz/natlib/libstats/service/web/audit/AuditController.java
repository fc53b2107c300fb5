package uz.natlib.libstats.service.web.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.service.audit.AuditEvent;
import uz.natlib.libstats.service.web.BadRequest;

/** The audit, newest first, for administrators (the security configuration admits no one else). */
@Controller
class AuditController {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int PAGE_SIZE = 50;
    private static final int LAST_PAGE = 1_000_000;
    private static final Set<String> OUTCOMES = Set.of("ok", "refused", "failed");

    /**
     * One line as shown: the time in Tashkent, and message keys for what the audit knows.
     *
     * @param actionKey  null for an action this page has no name for (then the stored word is shown)
     */
    public record Line(AuditEvent event, String at, String actionKey, String outcomeKey, String stateClass) {
    }

    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(name = "page", defaultValue = "1") String pageParam, Model model) {
        int page = page(pageParam);
        // One more than a page tells whether there is an older page without counting the whole table.
        List<AuditEvent> found = audit.newest(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        model.addAttribute("lines", found.stream().limit(PAGE_SIZE).map(AuditController::line).toList());
        model.addAttribute("page", page);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        return "audit/audit";
    }

    private static Line line(AuditEvent event) {
        String action = event.action() == null ? "" : event.action();
        boolean known = java.util.Arrays.stream(Audit.Action.values()).anyMatch(a -> a.name().equalsIgnoreCase(action));
        String outcome = OUTCOMES.contains(event.outcome()) ? event.outcome() : null;
        return new Line(event, event.at() == null ? "" : TIME.format(event.at().atZoneSameInstant(TASHKENT)),
                known ? "audit.action." + action : null,
                outcome == null ? null : "audit.outcome." + outcome,
                switch (outcome == null ? "" : outcome) {
                    case "ok" -> "state-accepted";
                    case "refused" -> "state-rejected";
                    case "failed" -> "state-warnings";
                    default -> "state-missing";
                });
    }

    private static int page(String text) {
        try {
            int page = Integer.parseInt(text.strip());
            if (page >= 1 && page <= LAST_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequest("audit.error.page");
    }
}
