package uz.natlib.libstats.service.web.reports;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.ReportType;
import uz.natlib.libstats.service.web.BadRequest;
import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.Language;
import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.Script;

/** The reports page: the report files, filtered and paged, and their download. */
@Controller
class ReportsController {

    static final int PAGE_SIZE = 50;
    private static final int LAST_PAGE = 100_000;
    /** How far past the page the files are counted (see {@link ReportCatalogueRepository#countUpTo}). */
    private static final long COUNT_AHEAD = 10_000;
    private static final DateTimeFormatter TASHKENT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tashkent"));

    private final ReportCatalogueRepository reports;
    private final ReportDownloads downloads;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    ReportsController(ReportCatalogueRepository reports, ReportDownloads downloads, CurrentUser currentUser,
                      MessageSource messages) {
        this.reports = reports;
        this.downloads = downloads;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/reports")
    String reports(@RequestParam(required = false) String year, @RequestParam(required = false) String period,
                   @RequestParam(required = false) String territory, @RequestParam(required = false) String type,
                   @RequestParam(required = false) String script, @RequestParam(required = false) String format,
                   @RequestParam(required = false) String page, Locale locale, Model model) {
        UserAccount me = currentUser.required();
        ReportQuery query;
        int pageNumber;
        try {
            query = ReportQuery.parse(year, period, territory, type, script, format, me.isRegional() ? me.regionCode() : null);
            pageNumber = ReportParameters.bounded("page", page, 1, LAST_PAGE, 1);
        } catch (InvalidParameter e) {
            throw new BadRequest(e.messageKey());
        }
        if (query.territory() != null) {
            TerritoryChoice chosen = reports.territory(query.territory())
                    .orElseThrow(() -> new BadRequest("reports.bad.territory.unknown"));
            if (!me.maySeeRegion(chosen.region())) {
                throw new AccessDeniedException("territory " + chosen.code() + " is another region's");
            }
        }
        long offset = (long) (pageNumber - 1) * PAGE_SIZE;
        long countedUpTo = offset + COUNT_AHEAD;
        long total = reports.countUpTo(query, countedUpTo + 1);
        Script names = Language.of(locale).script();
        List<ReportRow> rows = reports.page(query, PAGE_SIZE, (int) offset).stream()
                .map(entry -> row(entry, names, locale)).toList();

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("year", query.year() == null ? "" : query.year().toString());
        filters.put("period", query.period() == null ? "" : query.period().code());
        filters.put("territory", query.territory() == null ? "" : query.territory());
        filters.put("type", query.type() == null ? "" : query.type().code());
        filters.put("script", query.script() == null ? "" : query.script().code());
        filters.put("format", query.format() == null ? "" : query.format().code());

        List<String> periods = reports.periods();
        model.addAttribute("filters", filters);
        model.addAttribute("years", periods.stream().map(p -> Period.parse(p).year()).distinct().toList());
        model.addAttribute("periods", periods);
        model.addAttribute("territories", reports.territories(me.isRegional() ? me.regionCode() : null).stream()
                .map(t -> new Choice(t.code(), names.pick(t.nameCyrl(), t.nameLatn()), t.level())).toList());
        model.addAttribute("types", List.of(ReportType.values()));
        model.addAttribute("scripts", List.of(Script.values()));
        model.addAttribute("formats", List.of(ReportFormat.values()));
        model.addAttribute("rows", rows);
        model.addAttribute("total", Math.min(total, countedUpTo));
        model.addAttribute("moreThanTotal", total > countedUpTo);
        model.addAttribute("first", total == 0 ? 0 : Math.min(total, offset + 1));
        model.addAttribute("last", Math.min(total, (long) pageNumber * PAGE_SIZE));
        model.addAttribute("previous", pageNumber > 1 ? pageUrl(filters, pageNumber - 1) : null);
        model.addAttribute("next", (long) pageNumber * PAGE_SIZE < total ? pageUrl(filters, pageNumber + 1) : null);
        return "reports/reports";
    }

    /** The file, by the report's id: never by a path from the request. */
    @GetMapping("/reports/{id}/file")
    ResponseEntity<Resource> file(@PathVariable String id, HttpServletRequest request) {
        long reportId;
        try {
            reportId = ReportParameters.id(id);
        } catch (InvalidParameter e) {
            throw new BadRequest(e.messageKey());
        }
        return downloads.download(reportId, currentUser.required(), request);
    }

    /** A territory offered in the filter, named in the user's script. */
    record Choice(String code, String name, String level) {
    }

    private ReportRow row(ReportEntry entry, Script names, Locale locale) {
        Period period = Period.parse(entry.period());
        return new ReportRow(entry.id(), "reports.type." + entry.type(), Integer.toString(period.year()),
                period.isQuarter() ? Integer.toString(period.quarter()) : null,
                names.pick(entry.territoryCyrl(), entry.territoryLatn()), "reports.script." + entry.script(),
                entry.format().toUpperCase(Locale.ROOT), size(entry.sizeBytes(), locale), entry.consolidationRun(),
                time(entry.runFinishedAt()), entry.replacedByRun(), entry.reporting(), entry.expected(),
                time(entry.generatedAt()), entry.current());
    }

    private String size(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(Language.of(locale) == Language.EN ? Locale.ENGLISH : Script.UZBEK);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return messages.getMessage("reports.size.bytes", new Object[] {Long.toString(bytes)}, locale);
        }
        if (bytes < 1024 * 1024) {
            return messages.getMessage("reports.size.kb", new Object[] {number.format(Math.ceil(bytes / 1024.0))}, locale);
        }
        return messages.getMessage("reports.size.mb", new Object[] {number.format(bytes / (1024.0 * 1024.0))}, locale);
    }

    private static String time(Instant instant) {
        return instant == null ? null : TASHKENT_TIME.format(instant);
    }

    private static String pageUrl(Map<String, String> filters, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/reports");
        filters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                url.queryParam(name, value);
            }
        });
        return url.queryParam("page", page).encode().build().toUriString();
    }
}
