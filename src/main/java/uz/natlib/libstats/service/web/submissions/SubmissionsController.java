package uz.natlib.libstats.service.web.submissions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uz.natlib.libstats.catalogue.CatalogueRepository;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.service.web.BadRequest;
import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.NotFound;
import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.vocabulary.Period;

/**
 * Submissions: for a period, every region with how many of its districts stand where, then a
 * region's districts one by one, then one file with its findings, feedback and history.
 */
@Controller
class SubmissionsController {

    private static final Pattern TERRITORY_CODE = Pattern.compile("\\d{2,10}");
    private static final int MAX_PARAMETER = 20;

    private final SubmissionsRepository submissions;
    private final CatalogueRepository catalogues;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final LibstatsProperties properties;

    SubmissionsController(SubmissionsRepository submissions, CatalogueRepository catalogues, CurrentUser currentUser,
                          Audit audit, LibstatsProperties properties) {
        this.submissions = submissions;
        this.catalogues = catalogues;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/submissions")
    String overview(@RequestParam(required = false) String period, @RequestParam(required = false) String region,
                    Model model) {
        UserAccount me = currentUser.required();
        Period chosen = period == null || period.isBlank() ? defaultPeriod() : period(period);
        String regionCode = region == null || region.isBlank() ? (me.isRegional() ? me.regionCode() : null)
                : region(region);
        if (regionCode != null && !me.maySeeRegion(regionCode)) {
            throw new AccessDeniedException("region " + regionCode);
        }
        String kind = chosen.isQuarter() ? "return" : "plan";
        // A regional user's region alone; the nation's regions each with their districts counted.
        List<DistrictRow> all = submissions.districts(chosen.code(), kind, me.isRegional() ? me.regionCode() : null);
        Map<String, RegionRow> regions = new LinkedHashMap<>();
        for (RegionRow r : submissions.regions()) {
            if (me.maySeeRegion(r.code())) {
                regions.put(r.code(), r);
            }
        }
        List<DistrictRow> districts = new ArrayList<>();
        for (DistrictRow d : all) {
            RegionRow r = regions.get(d.regionCode());
            if (r != null) {
                r.counts().merge(d.state(), 1, Integer::sum);
            }
            if (d.regionCode().equals(regionCode)) {
                districts.add(d);
            }
        }
        List<Integer> years = catalogues.years();
        model.addAttribute("period", PeriodChoice.of(chosen));
        model.addAttribute("periods", PeriodChoice.upTo(PeriodChoice.currentQuarter(),
                years.isEmpty() ? PeriodChoice.currentQuarter().year() : years.get(0)));
        model.addAttribute("regions", List.copyOf(regions.values()));
        model.addAttribute("region", regionCode == null ? null : regions.get(regionCode));
        model.addAttribute("districts", districts);
        model.addAttribute("states", DistrictState.values());
        return "submissions/overview";
    }

    @GetMapping("/submissions/{id}")
    String details(@PathVariable long id, HttpServletRequest request, Model model) {
        SubmissionDetails file = visible(id, request);
        model.addAttribute("file", file);
        model.addAttribute("findings", submissions.findings(id));
        model.addAttribute("history", file.districtCode() == null || file.periodCode() == null ? List.of()
                : submissions.history(file.districtCode(), file.periodCode(), file.kind()));
        model.addAttribute("feedback", FeedbackFile.beside(file.storedPath(), properties.home()).isPresent());
        return "submissions/details";
    }

    @GetMapping("/submissions/{id}/feedback")
    ResponseEntity<Resource> feedback(@PathVariable long id, HttpServletRequest request) throws IOException {
        SubmissionDetails file = visible(id, request);
        FeedbackFile feedback = FeedbackFile.beside(file.storedPath(), properties.home()).orElseThrow(NotFound::new);
        InputStream in = Files.newInputStream(feedback.path(), LinkOption.NOFOLLOW_LINKS);
        long size = Files.size(feedback.path());
        audit.record(currentUser.required().username(), Audit.Action.DOWNLOAD,
                "submission " + id + " feedback " + feedback.extension(), Audit.Outcome.OK, request.getRemoteAddr());
        String name = file.baseName() + ".feedback." + feedback.extension();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(feedback.contentType()))
                .contentLength(size)
                .body(new InputStreamResource(in));
    }

    /** The file, if it exists and this user may see it: its district's region, or an upload of this session. */
    private SubmissionDetails visible(long id, HttpServletRequest request) {
        SubmissionDetails file = submissions.find(id).orElseThrow(NotFound::new);
        UserAccount me = currentUser.required();
        boolean allowed = file.regionCode() == null
                ? !me.isRegional() || OwnUploads.contains(request.getSession(false), id)
                : me.maySeeRegion(file.regionCode());
        if (!allowed) {
            throw new AccessDeniedException("submission " + id);
        }
        return file;
    }

    private Period defaultPeriod() {
        Period current = PeriodChoice.currentQuarter();
        if (submissions.hasFiles(current.code())) {
            return current;
        }
        return submissions.latestQuarterWithReturns().map(Period::parse).orElse(current);
    }

    private Period period(String code) {
        if (code.length() > MAX_PARAMETER) {
            throw new BadRequest("submissions.badPeriod");
        }
        Period period;
        try {
            period = Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("submissions.badPeriod");
        }
        if (!submissions.periodExists(period.code())) {
            throw new BadRequest("submissions.badPeriod");
        }
        return period;
    }

    private String region(String code) {
        String trimmed = code.strip();
        if (trimmed.length() > MAX_PARAMETER || !TERRITORY_CODE.matcher(trimmed).matches()
                || !submissions.isRegion(trimmed)) {
            throw new BadRequest("submissions.badRegion");
        }
        return trimmed;
    }
}
