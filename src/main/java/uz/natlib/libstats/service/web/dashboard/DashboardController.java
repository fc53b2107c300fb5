package uz.natlib.libstats.service.web.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.Language;
import uz.natlib.libstats.users.UserAccount;

/**
 * The landing page: for the current quarter (or, before its first return, the latest quarter
 * with returns, saying so), how many districts of each region have an accepted return, and the
 * newest national reports.
 */
@Controller
class DashboardController {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final int REPORTS_SHOWN = 10;

    /**
     * One region's bar.
     *
     * @param width the bar's length out of 100, written into the SVG (the style sheet policy forbids inline styles)
     * @param mine  whether it is the signed-in regional user's region
     */
    public record Bar(String code, String name, int accepted, int expected, int percent, String width, boolean mine) {
    }

    /** A national report's link, with its type's message key. */
    public record ReportLink(long id, String typeKey, String period, String format) {
    }

    private final DashboardRepository dashboard;
    private final CurrentUser currentUser;

    DashboardController(DashboardRepository dashboard, CurrentUser currentUser) {
        this.dashboard = dashboard;
        this.currentUser = currentUser;
    }

    @GetMapping("/")
    String dashboard(HttpServletRequest request, Model model) {
        Language lang = Language.of(RequestContextUtils.getLocale(request));
        UserAccount me = currentUser.required();
        String current = quarterOf(LocalDate.now(TASHKENT));
        String shown = dashboard.latestQuarterWithReturns(LocalDate.now(TASHKENT)).orElse(current);
        List<Bar> bars = dashboard.returnsByRegion(shown).stream()
                .map(r -> bar(r, lang, me))
                .toList();
        int accepted = bars.stream().mapToInt(Bar::accepted).sum();
        int expected = bars.stream().mapToInt(Bar::expected).sum();
        model.addAttribute("currentQuarter", current);
        model.addAttribute("quarter", shown);
        model.addAttribute("bars", bars);
        model.addAttribute("accepted", accepted);
        model.addAttribute("expected", expected);
        model.addAttribute("reports", dashboard.newestNationalReports(lang.script().code(), REPORTS_SHOWN).stream()
                .map(r -> new ReportLink(r.id(), "dashboard.report." + r.type(), r.period(), r.format()))
                .toList());
        return "dashboard";
    }

    static String quarterOf(LocalDate day) {
        return day.getYear() + "Q" + ((day.getMonthValue() + 2) / 3);
    }

    private static Bar bar(DashboardRepository.RegionCount region, Language lang, UserAccount me) {
        double share = region.expected() == 0 ? 0 : 100.0 * region.accepted() / region.expected();
        return new Bar(region.code(), lang.script().pick(region.nameCyrl(), region.nameLatn()), region.accepted(),
                region.expected(), (int) Math.round(share), String.format(Locale.ROOT, "%.1f", share),
                me.isRegional() && region.code().equals(me.regionCode()));
    }
}
