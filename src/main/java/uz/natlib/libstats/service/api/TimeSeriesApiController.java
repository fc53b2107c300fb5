package uz.natlib.libstats.service.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.reports.TimeSeriesDownloads;
import uz.natlib.libstats.vocabulary.Script;

/**
 * {@code GET /api/time-series?territory=1706&from=2021&to=2022&quarterly=false&chart=5.1,5.3&script=latn&format=csv}:
 * the time series made on request, as the reports page's form makes it (the same checks, the same
 * region rule: another region's territory is 403), CSV unless another format is asked, Latin unless
 * another script is. A refusal is the API's JSON error ({@link ApiErrors}).
 */
@RestController
class TimeSeriesApiController {

    private final TimeSeriesDownloads downloads;
    private final CurrentUser currentUser;

    TimeSeriesApiController(TimeSeriesDownloads downloads, CurrentUser currentUser) {
        this.downloads = downloads;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/time-series")
    ResponseEntity<Resource> timeSeries(@RequestParam(required = false) String territory,
                                        @RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String quarterly,
                                        @RequestParam(required = false) List<String> chart,
                                        @RequestParam(required = false) String script,
                                        @RequestParam(required = false) String format, HttpServletRequest request) {
        TimeSeriesDownloads.Ask ask = TimeSeriesDownloads.read(territory, from, to, quarterly, chart, script, format,
                Script.LATN, ReportFormat.CSV);
        return downloads.download(ask, currentUser.required(), request);
    }
}
