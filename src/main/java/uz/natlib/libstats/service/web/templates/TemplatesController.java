package uz.natlib.libstats.service.web.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueRepository;
import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.service.web.BadRequest;
import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.templates.Districts;
import uz.natlib.libstats.templates.TemplateFiles;
import uz.natlib.libstats.templates.TemplateRequest;
import uz.natlib.libstats.templates.TemplateWriter;
import uz.natlib.libstats.templates.WorkbookFormat;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;
import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.warehouse.PlanRepository;

/**
 * Templates: the blank workbook a district fills in, for a year's plan or a quarter's return, in
 * either script; made on request exactly as {@code jobs/templates} makes it.
 */
@Controller
class TemplatesController {

    private static final Pattern CODE = Pattern.compile("\\d{2,10}");
    private static final Pattern SCRIPT = Pattern.compile("cyrl|latn");
    private static final int MAX_PARAMETER = 20;
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A district to choose, under its region. */
    record RegionDistricts(Territory region, List<Territory> districts) {
    }

    /** A period to choose: a year's plan or one of its quarters. */
    record PeriodOption(String code, String year, Integer quarter) {
    }

    private final TerritoryRepository territories;
    private final CatalogueRepository catalogues;
    private final PlanRepository plans;
    private final CurrentUser currentUser;
    private final Audit audit;

    TemplatesController(TerritoryRepository territories, CatalogueRepository catalogues, PlanRepository plans,
                        CurrentUser currentUser, Audit audit) {
        this.territories = territories;
        this.catalogues = catalogues;
        this.plans = plans;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @GetMapping("/templates")
    String form(Model model) {
        UserAccount me = currentUser.required();
        Districts all = new Districts(territories.all());
        List<RegionDistricts> choices = new ArrayList<>();
        for (Territory region : all.regions()) {
            if (me.maySeeRegion(region.code())) {
                choices.add(new RegionDistricts(region, all.districtsOf(region.code())));
            }
        }
        List<PeriodOption> periods = new ArrayList<>();
        for (int year : catalogues.years().stream().sorted(java.util.Comparator.reverseOrder()).toList()) {
            String y = Integer.toString(year);
            for (int q = 1; q <= 4; q++) {
                periods.add(new PeriodOption(Period.ofQuarter(year, q).code(), y, q));
            }
            periods.add(new PeriodOption(y, y, null));
        }
        model.addAttribute("regions", choices);
        model.addAttribute("periods", periods);
        return "templates/form";
    }

    @GetMapping("/templates/file")
    ResponseEntity<byte[]> file(@RequestParam String district, @RequestParam String period,
                                @RequestParam(defaultValue = "cyrl") String script, HttpServletRequest request)
            throws IOException {
        UserAccount me = currentUser.required();
        Districts all = new Districts(territories.all());
        Territory chosen = district(district, all);
        if (!me.maySeeRegion(chosen.parentCode())) {
            throw new AccessDeniedException("template for " + chosen.code());
        }
        Period when = period(period);
        Catalogue catalogue = catalogues.find(when.year())
                .orElseThrow(() -> new BadRequest("templates.noCatalogue"));
        if (script.length() > MAX_PARAMETER || !SCRIPT.matcher(script.strip()).matches()) {
            throw new BadRequest("templates.badScript");
        }
        TemplateRequest template = TemplateRequest.blank(catalogue, chosen, all.regionOf(chosen), when.year(),
                when.quarter(), Script.of(script), WorkbookFormat.XLSX, plans.of(chosen.code(), when.year()));
        // Written the way jobs/templates writes it (streamed), aside in a temporary file of our own naming.
        Path written = Files.createTempFile("libstats-template-", ".xlsx");
        byte[] workbook;
        try {
            new TemplateWriter().write(template, written);
            workbook = Files.readAllBytes(written);
        } finally {
            Files.deleteIfExists(written);
        }
        String name = TemplateFiles.fileName(chosen, when.year(), when.quarter(), WorkbookFormat.XLSX.extension());
        audit.record(me.username(), Audit.Action.DOWNLOAD, "template " + name + " " + script.strip(),
                Audit.Outcome.OK, request.getRemoteAddr());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .body(workbook);
    }

    private static Territory district(String code, Districts all) {
        String trimmed = code.strip();
        if (trimmed.length() > MAX_PARAMETER || !CODE.matcher(trimmed).matches()) {
            throw new BadRequest("templates.badDistrict");
        }
        return all.find(trimmed).filter(t -> t.level() == Territory.Level.DISTRICT)
                .orElseThrow(() -> new BadRequest("templates.badDistrict"));
    }

    private static Period period(String code) {
        if (code.length() > MAX_PARAMETER) {
            throw new BadRequest("templates.badPeriod");
        }
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("templates.badPeriod");
        }
    }
}
