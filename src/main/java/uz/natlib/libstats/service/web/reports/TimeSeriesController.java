package uz.natlib.libstats.service.web.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.TimeSeriesRepository;
import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.Language;
import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The time series on request: {@code /reports/time-series} is the form, and it is sent with GET to
 * {@code /reports/time-series/file}, which answers the file as a download, or the form again with
 * what is wrong in the user's language (400; 503 busy; 500 failed, the cause in the log), or 403
 * for another region's territory. GET, not POST: asking for a time series changes nothing a user
 * can see (the file under {@code reports/time-series/} is remade the same), so it needs no CSRF
 * token, and the address can be kept and asked again.
 */
@Controller
class TimeSeriesController {

    /** An option's text is cut here, so that the list fits a phone's width; its title has it whole. */
    private static final int LABEL_LENGTH = 38;

    private final TimeSeriesDownloads downloads;
    private final ReportCatalogueRepository reports;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    TimeSeriesController(TimeSeriesDownloads downloads, ReportCatalogueRepository reports, CurrentUser currentUser,
                         MessageSource messages) {
        this.downloads = downloads;
        this.reports = reports;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** What the form shows as chosen: the request's values as read, or the defaults. */
    record Chosen(String territory, Integer from, Integer to, boolean quarterly, List<String> chart, String script,
                  String format) {
    }

    /** An indicator offered for a chart, named in the user's language. */
    record Row(String code, String label, String title, int depth) {
    }

    @GetMapping("/reports/time-series")
    String form(Locale locale, Model model) {
        UserAccount me = currentUser.required();
        List<Integer> years = downloads.years();
        Integer to = years.isEmpty() ? null : years.get(years.size() - 1);
        Integer from = years.size() < 2 ? to : years.get(years.size() - 2);
        String territory = me.isRegional() ? me.regionCode() : "17";
        fill(model, me, locale, years, new Chosen(territory, from, to, false, List.of(),
                Language.of(locale).script().code(), ReportFormat.PDF.code()));
        return "reports/time-series";
    }

    @GetMapping("/reports/time-series/file")
    Object file(@RequestParam(required = false) String territory, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String quarterly,
                @RequestParam(required = false) List<String> chart, @RequestParam(required = false) String script,
                @RequestParam(required = false) String format, Locale locale, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        UserAccount me = currentUser.required();
        Script defaultScript = Language.of(locale).script();
        String error;
        int status;
        try {
            TimeSeriesDownloads.Ask ask = TimeSeriesDownloads.read(territory, from, to, quarterly, chart, script, format,
                    defaultScript, ReportFormat.PDF);
            return downloads.download(ask, me, request);
        } catch (InvalidParameter e) {
            error = messages.getMessage(e.messageKey(), null, locale);
            status = HttpServletResponse.SC_BAD_REQUEST;
        } catch (TimeSeriesRefused e) {
            error = e.message() != null ? pick(e.message(), locale) : messages.getMessage(e.messageKey(), e.args(), locale);
            status = e.status();
        }
        // The form again, with what was asked as far as it can be shown back.
        Chosen chosen = new Chosen(shown(territory, 10), year(from), year(to), "true".equals(quarterly) || "on".equals(quarterly),
                chart == null ? List.of() : chart.stream().limit(50).filter(c -> c != null)
                        .flatMap(c -> Arrays.stream(c.strip().split("[,;\\s]+"))).limit(50).map(c -> shown(c, 20)).toList(),
                shown(script, 4), shown(format, 4));
        response.setStatus(status);
        model.addAttribute("error", error);
        fill(model, me, locale, downloads.years(), chosen);
        return "reports/time-series";
    }

    private void fill(Model model, UserAccount me, Locale locale, List<Integer> years, Chosen chosen) {
        Language language = Language.of(locale);
        Script names = language.script();
        int table = chosen.to() != null && downloads.hasTable(chosen.to()) ? chosen.to() : lastTable(years);
        List<Row> rows = table == 0 ? List.of() : downloads.rows(table).stream()
                .map(l -> {
                    String title = label(l, language);
                    return new Row(l.code(), cut(title, LABEL_LENGTH), cut(title, 500), l.depth());
                }).toList();
        model.addAttribute("chosen", chosen);
        model.addAttribute("years", years);
        model.addAttribute("tableYear", table);
        model.addAttribute("rows", rows);
        model.addAttribute("territories", reports.territories(me.isRegional() ? me.regionCode() : null).stream()
                .map(t -> new ReportsController.Choice(t.code(), names.pick(t.nameCyrl(), t.nameLatn()), t.level()))
                .toList());
        model.addAttribute("scripts", List.of(Script.values()));
        model.addAttribute("formats", TimeSeriesDownloads.FORMATS);
        model.addAttribute("mostCharts", TimeSeriesDownloads.MOST_CHARTS);
    }

    private int lastTable(List<Integer> years) {
        for (int i = years.size() - 1; i >= 0; i--) {
            if (downloads.hasTable(years.get(i))) {
                return years.get(i);
            }
        }
        return 0;
    }

    private static String label(TimeSeriesRepository.Line line, Language language) {
        String text = language == Language.EN && line.labelEn() != null && !line.labelEn().isBlank() ? line.labelEn()
                : language.script().pick(line.labelCyrl(), line.labelLatn());
        return line.code() + " — " + (text == null ? "" : text.strip());
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    private static String pick(Message message, Locale locale) {
        return switch (Language.of(locale)) {
            case CYRL -> message.cyrl();
            case LATN -> message.latn();
            case EN -> message.en();
        };
    }

    private static Integer year(String text) {
        return text != null && text.strip().matches("\\d{4}") ? Integer.valueOf(text.strip()) : null;
    }

    private static String shown(String text, int max) {
        if (text == null) {
            return "";
        }
        String value = text.strip();
        return value.length() > max ? value.substring(0, max) : value;
    }
}
