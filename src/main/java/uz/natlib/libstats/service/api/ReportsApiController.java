package uz.natlib.libstats.service.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.reports.InvalidParameter;
import uz.natlib.libstats.service.web.reports.ReportCatalogueRepository;
import uz.natlib.libstats.service.web.reports.ReportDownloads;
import uz.natlib.libstats.service.web.reports.ReportEntry;
import uz.natlib.libstats.service.web.reports.ReportParameters;
import uz.natlib.libstats.service.web.reports.ReportQuery;
import uz.natlib.libstats.service.web.reports.TerritoryChoice;
import uz.natlib.libstats.users.UserAccount;

/**
 * The report catalogue and its files for scripts: the same files, filters and region rules as
 * the reports page. {@code GET /api/reports} lists, {@code GET /api/reports/{id}} downloads.
 */
@RestController
class ReportsApiController {

    private static final int DEFAULT_LIMIT = 500;
    private static final int MAX_LIMIT = 5000;
    private static final int MAX_OFFSET = 100_000_000;

    private final ReportCatalogueRepository reports;
    private final ReportDownloads downloads;
    private final CurrentUser currentUser;

    ReportsApiController(ReportCatalogueRepository reports, ReportDownloads downloads, CurrentUser currentUser) {
        this.reports = reports;
        this.downloads = downloads;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/reports")
    Map<String, Object> catalogue(@RequestParam(required = false) String year,
                                  @RequestParam(required = false) String period,
                                  @RequestParam(required = false) String territory,
                                  @RequestParam(required = false) String type,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(required = false) String script,
                                  @RequestParam(required = false) String limit,
                                  @RequestParam(required = false) String offset, HttpServletRequest request) {
        UserAccount me = currentUser.required();
        ReportQuery query = ReportQuery.parse(year, period, territory, type, script, format,
                me.isRegional() ? me.regionCode() : null);
        int size = ReportParameters.bounded("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT);
        int skip = ReportParameters.bounded("offset", offset, 0, MAX_OFFSET, 0);
        if (query.territory() != null) {
            requireVisibleTerritory(reports, me, query.territory());
        }
        // One more than asked says whether there is a next page, without counting every file.
        List<ReportEntry> entries = reports.page(query, size + 1, skip);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ReportEntry entry : entries.subList(0, Math.min(size, entries.size()))) {
            items.add(item(entry));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offset", skip);
        body.put("limit", size);
        body.put("next", entries.size() > size ? next(request, skip + size) : null);
        body.put("reports", items);
        return body;
    }

    @GetMapping("/api/reports/{id}")
    ResponseEntity<Resource> file(@PathVariable String id, HttpServletRequest request) {
        return downloads.download(ReportParameters.id(id), currentUser.required(), request);
    }

    /**
     * A territory filter must name a territory, and a regional user's must be the nation, its region
     * or one of its districts: another region's is refused (403), not quietly answered with nothing.
     */
    static TerritoryChoice requireVisibleTerritory(ReportCatalogueRepository reports, UserAccount me, String code) {
        TerritoryChoice territory = reports.territory(code)
                .orElseThrow(() -> new InvalidParameter("territory", "reports.bad.territory.unknown"));
        if (!me.maySeeRegion(territory.region())) {
            throw new AccessDeniedException("territory " + code + " is another region's");
        }
        return territory;
    }

    /** This request's address, relative, with the next offset: the same filters, as given. */
    private static String next(HttpServletRequest request, int offset) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("offset", offset).build().toUriString();
    }

    private static Map<String, Object> item(ReportEntry entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", entry.id());
        item.put("type", entry.type());
        item.put("period", entry.period());
        item.put("territory", entry.territory());
        item.put("territory_name_cyrl", entry.territoryCyrl());
        item.put("territory_name_latn", entry.territoryLatn());
        item.put("script", entry.script());
        item.put("format", entry.format());
        item.put("size_bytes", entry.sizeBytes());
        item.put("sha256", entry.sha256());
        item.put("generated_at", entry.generatedAt() == null ? null : entry.generatedAt().toString());
        item.put("consolidation_run", entry.consolidationRun());
        item.put("consolidation_run_finished_at", entry.runFinishedAt() == null ? null : entry.runFinishedAt().toString());
        item.put("replaced_by_run", entry.replacedByRun());
        item.put("districts_reporting", entry.reporting());
        item.put("districts_expected", entry.expected());
        item.put("current", entry.current());
        item.put("href", "/api/reports/" + entry.id());
        return item;
    }
}
