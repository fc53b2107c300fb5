package uz.natlib.libstats.service.web.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueCsv;
import uz.natlib.libstats.catalogue.CatalogueImport;
import uz.natlib.libstats.catalogue.CatalogueRepository;
import uz.natlib.libstats.catalogue.TableFinding;
import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.Language;
import uz.natlib.libstats.service.web.NotFound;
import uz.natlib.libstats.vocabulary.ShownText;

/**
 * The administrators' page of the years' indicator tables: which years have one, how many rows,
 * who imported it, whether returns were accepted against it (then it is locked); each table as
 * CSV; and the import of a year's table from a CSV or XLSX file, with every finding of a refused
 * one. The security configuration admits only administrators to {@code /admin/**}.
 */
@Controller
class CataloguesController {

    private static final Logger log = LoggerFactory.getLogger(CataloguesController.class);

    /** An indicator table is a few hundred rows, some tens of kilobytes; anything near this is no table. */
    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String PAGE = "catalogues/catalogues";

    /** One year's table as listed. */
    public record YearRow(int year, int rows, String source, String importedBy, int submissionsAgainst) {

        public boolean locked() {
            return submissionsAgainst > 0;
        }

        /** Loaded by a migration rather than imported (no importer recorded). */
        public boolean byMigration() {
            return importedBy == null || importedBy.isBlank();
        }

        public String yearText() {
            return Integer.toString(year);
        }
    }

    /** One finding of a refused import, as shown: its message already in the page's language. */
    public record FindingRow(int row, String code, String message) {
    }

    private final CatalogueRepository catalogues;
    private final CatalogueImport imports;
    private final CurrentUser currentUser;
    private final Audit audit;

    CataloguesController(CatalogueRepository catalogues, CatalogueImport imports, CurrentUser currentUser,
                         Audit audit) {
        this.catalogues = catalogues;
        this.imports = imports;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @GetMapping("/admin/catalogues")
    String page(Model model) {
        return shown(model);
    }

    @PostMapping("/admin/catalogues")
    String importTable(@RequestParam(name = "year", required = false) String yearText,
                       @RequestParam(name = "file", required = false) MultipartFile file,
                       HttpServletRequest request, HttpServletResponse response, Model model,
                       RedirectAttributes redirect) throws IOException {
        String username = currentUser.required().username();
        model.addAttribute("yearValue", yearText == null ? "" : ShownText.shortened(yearText.strip()));
        Integer year = year(yearText);
        if (year == null) {
            return refusedAtOnce(HttpServletResponse.SC_BAD_REQUEST, "catalogues.error.year", username,
                    "year " + ShownText.shortened(String.valueOf(yearText)), request, response, model);
        }
        String sentName = file == null ? null : file.getOriginalFilename();
        if (file == null || sentName == null || sentName.isBlank()) {
            return refusedAtOnce(HttpServletResponse.SC_BAD_REQUEST, "catalogues.error.noFile", username,
                    year + ": no file", request, response, model);
        }
        String shownName = shownName(sentName);
        String lower = sentName.strip().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            return refusedAtOnce(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "catalogues.error.type", username,
                    year + " " + shownName + ": not .csv or .xlsx", request, response, model);
        }
        if (file.getSize() > MAX_BYTES) {
            return refusedAtOnce(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "catalogues.error.tooLarge",
                    username, year + " " + shownName + ": " + file.getSize() + " bytes", request, response, model);
        }
        CatalogueImport.Outcome outcome = imports.importTable(year, shownName, file.getBytes(), "web: " + username);
        String target = "catalogue " + year + " from " + shownName + ": " + outcome.result().name().toLowerCase(Locale.ROOT)
                + (outcome.stored() ? ", " + outcome.rows() + " rows" : ", " + outcome.findings().size() + " findings");
        audit.record(username, Audit.Action.CATALOGUE_IMPORT, target,
                outcome.stored() ? Audit.Outcome.OK : Audit.Outcome.REFUSED, request.getRemoteAddr());
        log.info("Indicator table import by {} on the page: {}", username, target);
        if (outcome.stored()) {
            redirect.addFlashAttribute("importedYear", Integer.toString(outcome.year()));
            redirect.addFlashAttribute("importedRows", Integer.toString(outcome.rows()));
            redirect.addFlashAttribute("replaced", outcome.result() == CatalogueImport.Result.REPLACED);
            return "redirect:/admin/catalogues";
        }
        Language language = Language.of(RequestContextUtils.getLocale(request));
        List<FindingRow> findings = new ArrayList<>();
        for (TableFinding f : outcome.findings()) {
            findings.add(new FindingRow(f.row(), f.code() == null ? "" : f.code(), switch (language) {
                case CYRL -> f.message().cyrl();
                case LATN -> f.message().latn();
                case EN -> f.message().en();
            }));
        }
        response.setStatus(422); // Unprocessable Content: the file was read, its table refused
        model.addAttribute("refusedYear", Integer.toString(year));
        model.addAttribute("findings", findings);
        return shown(model);
    }

    @GetMapping("/admin/catalogues/{year}.csv")
    ResponseEntity<byte[]> download(@PathVariable("year") String yearText, HttpServletRequest request)
            throws IOException {
        Integer year = YEAR.matcher(yearText).matches() ? Integer.valueOf(yearText) : null;
        Catalogue catalogue = year == null ? null : catalogues.find(year).orElse(null);
        if (catalogue == null) {
            throw new NotFound();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueCsv.write(catalogue, bytes);
        String name = "catalogue-" + year + ".csv";
        audit.record(currentUser.required().username(), Audit.Action.DOWNLOAD, "catalogue " + year + " " + name,
                Audit.Outcome.OK, request.getRemoteAddr());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes.toByteArray());
    }

    private String refusedAtOnce(int status, String messageKey, String username, String target,
                                 HttpServletRequest request, HttpServletResponse response, Model model) {
        audit.record(username, Audit.Action.CATALOGUE_IMPORT, target, Audit.Outcome.REFUSED, request.getRemoteAddr());
        response.setStatus(status);
        model.addAttribute("error", messageKey);
        return shown(model);
    }

    private String shown(Model model) {
        List<YearRow> years = new ArrayList<>();
        for (int year : catalogues.years()) {
            catalogues.find(year).ifPresent(c -> years.add(new YearRow(year, c.indicators().size(),
                    c.source() == null ? "" : c.source(), catalogues.importedBy(year).orElse(""),
                    catalogues.submissionsAgainst(year))));
        }
        model.addAttribute("years", years);
        model.addAttribute("firstYear", CatalogueImport.FIRST_YEAR);
        model.addAttribute("lastYear", CatalogueImport.LAST_YEAR);
        model.addAttribute("maxMegabytes", Long.toString(MAX_BYTES / (1024 * 1024)));
        return PAGE;
    }

    /** The year typed, if it is one the warehouse has periods for; null otherwise. */
    private static Integer year(String text) {
        if (text == null || !YEAR.matcher(text.strip()).matches()) {
            return null;
        }
        int year = Integer.parseInt(text.strip());
        return year >= CatalogueImport.FIRST_YEAR && year <= CatalogueImport.LAST_YEAR ? year : null;
    }

    /**
     * The sender's file name as it may be recorded and shown: its last part only (a browser may send
     * a whole path), control and bidirectional characters written out, at most 200 characters. Only
     * ever text: never a path on this machine.
     */
    static String shownName(String sentName) {
        String name = sentName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0 && slash < name.length() - 1) {
            name = name.substring(slash + 1);
        }
        return ShownText.shortened(name);
    }
}
