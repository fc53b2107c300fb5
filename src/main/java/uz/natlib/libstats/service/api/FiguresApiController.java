package uz.natlib.libstats.service.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import uz.natlib.libstats.service.web.CurrentUser;
import uz.natlib.libstats.service.web.reports.InvalidParameter;
import uz.natlib.libstats.service.web.reports.ReportCatalogueRepository;
import uz.natlib.libstats.service.web.reports.ReportParameters;
import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.vocabulary.Period;

/**
 * The consolidated figures for scripts: JSON by default, CSV when the client asks for
 * {@code text/csv}. A year or a period is required: all twenty years of the nation at once would
 * be millions of rows, more than anyone means to ask for by leaving the parameters out.
 */
@RestController
class FiguresApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String[] COLUMNS = {"year", "quarter", "span", "territory", "indicator", "indicator_number",
        "measure", "value", "reporting", "expected", "consolidation_run"};

    private final FiguresRepository figures;
    private final ReportCatalogueRepository territories;
    private final CurrentUser currentUser;

    FiguresApiController(FiguresRepository figures, ReportCatalogueRepository territories, CurrentUser currentUser) {
        this.figures = figures;
        this.territories = territories;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/figures")
    void figures(@RequestParam(required = false) String year, @RequestParam(required = false) String period,
                 @RequestParam(required = false) String territory, @RequestParam(required = false) String indicator,
                 @RequestHeader(value = "Accept", required = false) String accept, HttpServletResponse response)
            throws IOException {
        UserAccount me = currentUser.required();
        Integer theYear = ReportParameters.year(year);
        Period thePeriod = ReportParameters.period(period);
        String theTerritory = ReportParameters.territory(territory);
        String theIndicator = ReportParameters.indicator(indicator);
        if (theYear == null && thePeriod == null) {
            throw new InvalidParameter("year", "reports.bad.yearOrPeriod");
        }
        if (theTerritory != null) {
            ReportsApiController.requireVisibleTerritory(territories, me, theTerritory);
        }
        if (theIndicator != null && !figures.indicatorExists(theIndicator)) {
            throw new InvalidParameter("indicator", "reports.bad.indicator.unknown");
        }
        FigureQuery query = new FigureQuery(theYear, thePeriod, theTerritory, theIndicator,
                me.isRegional() ? me.regionCode() : null);
        if (wantsCsv(accept)) {
            writeCsv(query, response);
        } else {
            writeJson(query, response);
        }
    }

    private void writeJson(FigureQuery query, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream out = response.getOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeName("figures");
            json.writeStartArray();
            figures.each(query, f -> {
                json.writeStartObject();
                json.writeNumberProperty("year", f.year());
                json.writeNumberProperty("quarter", f.quarter());
                json.writeStringProperty("span", f.span());
                json.writeStringProperty("territory", f.territory());
                json.writeStringProperty("indicator", f.indicator());
                json.writeStringProperty("indicator_number", f.indicatorNumber());
                json.writeStringProperty("measure", f.measure());
                if (f.value() == null) {
                    json.writeNullProperty("value");
                } else {
                    json.writeNumberProperty("value", plain(f.value()));
                }
                json.writeNumberProperty("reporting", f.reporting());
                json.writeNumberProperty("expected", f.expected());
                json.writeNumberProperty("consolidation_run", f.consolidationRun());
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void writeCsv(FigureQuery query, HttpServletResponse response) throws IOException {
        response.setContentType(CSV.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer csv = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
            csv.write(String.join(",", COLUMNS) + "\r\n");
            figures.each(query, f -> {
                try {
                    csv.write(f.year() + "," + f.quarter() + "," + f.span() + "," + cell(f.territory()) + ","
                            + cell(f.indicator()) + "," + cell(f.indicatorNumber()) + "," + cell(f.measure()) + ","
                            + (f.value() == null ? "" : plain(f.value()).toPlainString()) + "," + f.reporting() + ","
                            + f.expected() + "," + f.consolidationRun() + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Whether the client prefers CSV: the first acceptable type, by quality, that names CSV or JSON
     * decides. Anything else (no header, {@code *}{@code /*}, a header that cannot be read) gets JSON.
     */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank() || accept.length() > 1000) {
            return false;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() <= 0) {
                continue;
            }
            if (!type.isWildcardType() && type.isCompatibleWith(CSV)) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Codes are digits and dots; quoted anyway should a catalogue ever hold a comma or a quote. */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
