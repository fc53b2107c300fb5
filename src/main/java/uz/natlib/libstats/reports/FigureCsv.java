package uz.natlib.libstats.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * The figures as CSV, written straight from the query rows (not through JasperReports, whose
 * CSV is a picture of the page): the long form for analysts and SDMX-CSV 2.0 for exchange.
 */
final class FigureCsv {

    static final String[] LONG_HEADER = {"territory_code", "territory_name", "period", "span", "indicator_code",
            "seed_number", "indicator_label", "measure", "value", "reporting", "expected", "plan", "fulfilment_pct",
            "previous_value", "aggregation", "carried", "plan_reporting", "like_for_like_value", "like_for_like_plan",
            "plan_coverage", "previous_link"};

    /** SDMX-CSV 2.0: structure type, structure id, action, dimensions, the observation, attributes. */
    static final String[] SDMX_HEADER = {"STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "TIME_PERIOD", "INDICATOR",
            "MEASURE", "OBS_VALUE", "REPORTING_UNITS", "EXPECTED_UNITS"};
    static final String SDMX_DATAFLOW = "UZ_NATLIB:LIBSTATS(1.0)";

    private FigureCsv() {
    }

    /**
     * One row per territory, period, span, indicator and measure; blanks stay blank. The period is
     * always the quarter the row runs to ({@link #period}), the span what it covers ({@link #span}).
     * {@code aggregation} says whether the row is a flow or a stock; {@code carried} how many of a
     * stock's reporting districts are taken from an earlier quarter. The plan is every planning
     * district's ({@code plan_reporting} of them); fulfilment compares {@code like_for_like_value}
     * with {@code like_for_like_plan}, both over the {@code plan_coverage} districts that have a figure
     * and a plan.
     */
    static void longForm(List<ConsolidatedFigure> figures, Script script, Appendable out) throws IOException {
        // Flushed, not closed: the stream belongs to the archive, which syncs and closes it.
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(LONG_HEADER).get());
        for (ConsolidatedFigure f : figures) {
            boolean ytd = f.span().equals("ytd");
            csv.printRecord(text(f.territoryCode()), text(script.pick(f.territoryCyrl(), f.territoryLatn())),
                    period(f), span(f), text(f.indicatorCode()), text(f.seedNumber()),
                    text(script.pick(f.labelCyrl(), f.labelLatn())), text(f.measureKey()), number(f.value()),
                    f.reporting(), f.expected(), ytd ? number(f.plan()) : "",
                    ytd ? number(f.fulfilmentPct()) : "", number(f.previous()), f.stock() ? "stock" : "flow",
                    f.carried(), ytd ? f.planReporting() : "", ytd ? number(f.matchedValue()) : "",
                    ytd ? number(f.matchedPlan()) : "", ytd ? f.matchedReporting() : "",
                    f.lineage() == null ? "" : f.lineage());
        }
        csv.flush();
    }

    /**
     * Names, labels and codes come from the registry and the catalogue, not from a sender, but a
     * CSV is opened in a spreadsheet, so none of them may start a formula there (OWASP's rule).
     * Figures are numbers and stay as they are.
     */
    private static String text(String value) {
        return SpreadsheetText.neutralised(value);
    }

    /**
     * Observations of quarters (2021-Q3) and of whole years (2021, the year to date at quarter
     * IV); a year to date short of the year has no SDMX period and is left out, as are blanks.
     */
    static void sdmx(List<ConsolidatedFigure> figures, Appendable out) throws IOException {
        // Flushed, not closed: the stream belongs to the archive, which syncs and closes it.
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(SDMX_HEADER).get());
        // Codes only, from the registry and the catalogue, for machines: not neutralised, as an
        // apostrophe would make a wrong code there.
        for (ConsolidatedFigure f : figures) {
            String time = sdmxPeriod(f);
            if (time == null || f.value() == null) {
                continue;
            }
            csv.printRecord("dataflow", SDMX_DATAFLOW, "I", f.territoryCode(), time, f.indicatorCode(),
                    f.measureKey(), number(f.value()), f.reporting(), f.expected());
        }
        csv.flush();
    }

    /**
     * The long CSV's period: the quarter the row runs to, whatever its span and whichever quarter
     * (2021Q1 … 2021Q4); the year to date at 2021Q4 is the whole year, and is still 2021Q4.
     */
    static String period(ConsolidatedFigure f) {
        return Period.ofQuarter(f.year(), f.quarter()).code();
    }

    /** The long CSV's span: {@code quarter} (that quarter alone) or {@code year-to-date} (1 January to its end). */
    static String span(ConsolidatedFigure f) {
        return switch (f.span()) {
            case "quarter" -> "quarter";
            case "ytd" -> "year-to-date";
            default -> throw new IllegalArgumentException("span " + f.span());
        };
    }

    static String sdmxPeriod(ConsolidatedFigure f) {
        int year = f.year();
        if (f.span().equals("quarter")) {
            return year + "-Q" + f.quarter();
        }
        return f.quarter() == 4 ? Integer.toString(year) : null;
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
