package uz.natlib.libstats.service.web.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.TimeSeriesRepository;
import uz.natlib.libstats.reports.TimeSeriesService;
import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The time series on request, for the page and the API alike: reads the parameters (each one
 * hostile until checked), refuses another region's territory to a regional user (403), asks
 * {@link TimeSeriesService#problem} as the command does, renders the one script and format asked
 * for, synchronously, and streams the file as an attachment. At most {@link #AT_ONCE} are made at
 * once; a request that cannot start within {@link #WAIT_SECONDS} is told the server is busy.
 * Every file handed out, and every failure, is written to the audit.
 */
@Component
public class TimeSeriesDownloads {

    /** Time series made at the same time (a region's takes a few seconds and a core). */
    static final int AT_ONCE = 2;
    static final int WAIT_SECONDS = 20;
    /** The formats a time series has (no SDMX-CSV: see the README). */
    public static final List<ReportFormat> FORMATS = List.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV);
    static final int MOST_CHARTS = 8;
    private static final int MOST_CHART_VALUES = 50;
    private static final int MOST_CHART_TEXT = 400;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z.]{1,20}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final Logger log = LoggerFactory.getLogger(TimeSeriesDownloads.class);

    /** A request as read from its parameters, not yet checked against the warehouse. */
    public record Ask(String territory, int from, int to, boolean quarterly, List<String> chart, Script script,
                      ReportFormat format) {

        TimeSeriesService.Request request() {
            return new TimeSeriesService.Request(territory, from, to, quarterly, chart, EnumSet.of(script),
                    EnumSet.of(format));
        }

        String describe() {
            return "time-series " + territory + " " + from + "-" + to + (quarterly ? " quarterly" : "")
                    + (chart.isEmpty() ? "" : " chart=" + String.join(",", chart)) + " " + script.code() + " "
                    + format.code();
        }
    }

    private final TimeSeriesService service;
    private final TimeSeriesRepository series;
    private final ReportCatalogueRepository reports;
    private final Audit audit;
    private final Semaphore slots = new Semaphore(AT_ONCE, true);

    TimeSeriesDownloads(TimeSeriesService service, TimeSeriesRepository series, ReportCatalogueRepository reports,
                        Audit audit) {
        this.service = service;
        this.series = series;
        this.reports = reports;
        this.audit = audit;
    }

    /**
     * Reads the parameters. Territory, years are required; the rest fall back to the defaults given.
     *
     * @param chart the values of {@code chart}: repeated (a multi-select) or comma-separated, or both
     * @throws InvalidParameter naming the first parameter that cannot be used
     */
    public static Ask read(String territory, String from, String to, String quarterly, List<String> chart,
                           String script, String format, Script defaultScript, ReportFormat defaultFormat) {
        String place = required(territory, "territory", "timeSeries.bad.territory");
        if (!Pattern.matches("\\d{2,10}", place)) {
            throw new InvalidParameter("territory", "timeSeries.bad.territory");
        }
        int first = year(from, "from");
        int last = year(to, "to");
        Script inScript = ReportParameters.script(script);
        ReportFormat as = format(format);
        return new Ask(place, first, last, flag(quarterly), codes(chart), inScript == null ? defaultScript : inScript,
                as == null ? defaultFormat : as);
    }

    private static String required(String text, String name, String key) {
        if (text == null || text.isBlank()) {
            throw new InvalidParameter(name, key);
        }
        return text.strip();
    }

    private static int year(String text, String name) {
        String year = required(text, name, "timeSeries.bad.years");
        if (!Pattern.matches("\\d{4}", year) || Integer.parseInt(year) < ReportParameters.FIRST_YEAR
                || Integer.parseInt(year) > ReportParameters.LAST_YEAR) {
            throw new InvalidParameter(name, "timeSeries.bad.years");
        }
        return Integer.parseInt(year);
    }

    private static boolean flag(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new InvalidParameter("quarterly", "timeSeries.bad.quarterly");
        };
    }

    private static ReportFormat format(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidParameter("format", "timeSeries.bad.format"));
    }

    /** The chart codes: at most {@value #MOST_CHARTS} distinct, each shaped as a code, in the order given. */
    static List<String> codes(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > MOST_CHART_VALUES
                || values.stream().mapToInt(v -> v == null ? 0 : v.length() + 1).sum() > MOST_CHART_TEXT) {
            throw new InvalidParameter("chart", "timeSeries.bad.chart");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String code : SEPARATORS.split(value.strip())) {
                if (code.isEmpty()) {
                    continue;
                }
                if (!CODE.matcher(code).matches()) {
                    throw new InvalidParameter("chart", "timeSeries.bad.chart");
                }
                codes.add(code);
            }
        }
        if (codes.size() > MOST_CHARTS) {
            throw new InvalidParameter("chart", "timeSeries.bad.chart");
        }
        return List.copyOf(codes);
    }

    /**
     * Checks the request against the warehouse and the user, makes the file and hands it out.
     *
     * @throws InvalidParameter      a territory the register does not have
     * @throws AccessDeniedException another region's territory asked by a regional user
     * @throws TimeSeriesRefused     what the service says of the request (400), busy (503), failed (500)
     */
    public ResponseEntity<Resource> download(Ask ask, UserAccount user, HttpServletRequest request) {
        TerritoryChoice place = reports.territory(ask.territory())
                .orElseThrow(() -> new InvalidParameter("territory", "reports.bad.territory.unknown"));
        if (!user.maySeeRegion(place.region())) {
            throw new AccessDeniedException("territory " + place.code() + " is another region's");
        }
        TimeSeriesService.Request wanted = ask.request();
        service.problem(wanted).ifPresent(problem -> {
            throw TimeSeriesRefused.problem(problem);
        });
        Path file = make(ask, wanted, user, request);
        InputStream in;
        long size;
        try {
            size = Files.size(file);
            in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw failed(ask, user, request, e);
        }
        audit.record(user.username(), Audit.Action.DOWNLOAD, ask.describe(), Audit.Outcome.OK, request.getRemoteAddr());
        return ResponseEntity.ok()
                .contentType(ReportDownloads.contentType(ask.format().code()))
                .contentLength(size)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName().toString(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(in));
    }

    private Path make(Ask ask, TimeSeriesService.Request wanted, UserAccount user, HttpServletRequest request) {
        boolean started = false;
        try {
            if (!slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("{} for {}: busy, {} being made", ask.describe(), user.username(), AT_ONCE);
                throw TimeSeriesRefused.of(503, "busy", "timeSeries.busy");
            }
            started = true;
            List<Path> files = service.render(wanted);
            if (files.size() != 1) {
                throw new IllegalStateException(files.size() + " files written, one expected: " + files);
            }
            return files.get(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(ask, user, request, e);
        } catch (TimeSeriesRefused e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw failed(ask, user, request, e);
        } finally {
            if (started) {
                slots.release();
            }
        }
    }

    private TimeSeriesRefused failed(Ask ask, UserAccount user, HttpServletRequest request, Throwable e) {
        String at = LocalTime.now(ZoneId.of("Asia/Tashkent")).format(CLOCK);
        log.error("{} for {} failed (told to the user as of {})", ask.describe(), user.username(), at, e);
        audit.record(user.username(), Audit.Action.DOWNLOAD, ask.describe(), Audit.Outcome.FAILED,
                request.getRemoteAddr());
        return TimeSeriesRefused.of(500, "render_failed", "timeSeries.failed", at);
    }

    /** The years a time series may span: those with an indicator table or a finished consolidation, oldest first. */
    public List<Integer> years() {
        Set<Integer> years = new TreeSet<>(series.tableYears(ReportParameters.FIRST_YEAR, ReportParameters.LAST_YEAR));
        series.runs(ReportParameters.FIRST_YEAR, ReportParameters.LAST_YEAR).forEach(r -> years.add(r.year()));
        return new ArrayList<>(years);
    }

    /** Whether the year's indicator table has been loaded. */
    public boolean hasTable(int year) {
        return !series.tableYears(year, year).isEmpty();
    }

    /** The quantitative rows of a year's table, one per indicator (not per measure), in the form's order. */
    public List<TimeSeriesRepository.Line> rows(int year) {
        Set<String> seen = new java.util.HashSet<>();
        return series.lines(year).stream().filter(l -> seen.add(l.code())).toList();
    }
}
