package uz.natlib.libstats.service.web.jobs;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uz.natlib.libstats.periods.PeriodRepository;
import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.service.schedule.ServiceJob;
import uz.natlib.libstats.service.schedule.ServiceJobs;
import uz.natlib.libstats.service.web.BadRequest;
import uz.natlib.libstats.service.web.CurrentUser;

/**
 * The jobs page: recent runs from Spring Batch's tables, when each service job runs next, and for
 * an administrator the buttons that start one now. The security configuration lets only
 * administrators post here.
 */
@Controller
class JobsController {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    static final int PAGE_SIZE = 25;
    // Twenty years of five-minute runs fit in far fewer pages; a larger number is a typing error.
    private static final int LAST_PAGE = 100_000;

    /** A service job as the page shows it: when it runs next (Tashkent time), whether it runs here now. */
    public record Schedule(String code, String next, boolean runningHere) {
    }

    private final JobRunRepository runs;
    private final ServiceJobs jobs;
    private final PeriodRepository periods;
    private final CurrentUser currentUser;
    private final Audit audit;

    JobsController(JobRunRepository runs, ServiceJobs jobs, PeriodRepository periods, CurrentUser currentUser,
                   Audit audit) {
        this.runs = runs;
        this.jobs = jobs;
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @GetMapping("/jobs")
    String jobs(@RequestParam(name = "page", defaultValue = "1") String pageParam, Model model) {
        int page = page(pageParam);
        ZonedDateTime now = ZonedDateTime.now(TASHKENT);
        List<JobRun> found = runs.newest(PAGE_SIZE + 1, (long) (page - 1) * PAGE_SIZE, TASHKENT);
        model.addAttribute("rows", found.stream().limit(PAGE_SIZE).map(r -> JobRow.of(r, now)).toList());
        model.addAttribute("page", page);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("schedules", Arrays.stream(ServiceJob.values())
                .map(j -> new Schedule(j.code(),
                        jobs.nextRun(j).map(at -> JobRow.time(at.atZone(TASHKENT))).orElse(null),
                        jobs.isRunningHere(j)))
                .toList());
        model.addAttribute("schedulerRunning", jobs.isSchedulerRunning());
        if (currentUser.required().role() == uz.natlib.libstats.users.Role.ADMIN) {
            model.addAttribute("periods", periods.withData());
        }
        return "jobs/jobs";
    }

    @PostMapping("/jobs/start")
    String start(@RequestParam("job") String job, HttpServletRequest request, RedirectAttributes redirect) {
        ServiceJob which = Arrays.stream(ServiceJob.values())
                .filter(j -> j.code().equals(job.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new BadRequest("jobs.error.unknownJob"));
        jobs.startNow(which);
        audit.record(currentUser.required().username(), Audit.Action.JOB_STARTED, which.code(), Audit.Outcome.OK,
                request.getRemoteAddr());
        redirect.addFlashAttribute("started", which.code());
        return "redirect:/jobs";
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
        throw new BadRequest("jobs.error.page");
    }
}
