package uz.natlib.libstats.tools.samples;

import static uz.natlib.libstats.tools.samples.FlawCase.ACCEPTED;
import static uz.natlib.libstats.tools.samples.FlawCase.IGNORED;
import static uz.natlib.libstats.tools.samples.FlawCase.REJECTED;
import static uz.natlib.libstats.tools.samples.FlawCase.WARNINGS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Workbook;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.templates.Districts;
import uz.natlib.libstats.templates.TemplateRequest;
import uz.natlib.libstats.templates.TemplateWriter;
import uz.natlib.libstats.templates.WorkbookFormat;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * One file per problem the ingest must recognise, each otherwise a valid 2021 file, with the
 * outcome it should have (EXPECTED.csv). Files are for Samarkand (1718) districts so that no
 * accepted flawed file supersedes the good Bukhara set; files that load are each for their own
 * district, baselines named to sort before the file they are the history of.
 */
public final class FlawedSet {

    static final int YEAR = 2021;
    static final String SAMARKAND = "1718";

    private final Catalogue catalogue;
    private final Districts districts;
    private final SampleGenerator generator;
    private final List<Territory> units;
    private final Territory region;

    public FlawedSet(Catalogue catalogue, Districts districts, long seed) {
        this.catalogue = catalogue;
        this.districts = districts;
        this.generator = new SampleGenerator(catalogue, seed);
        this.units = districts.districtsOf(SAMARKAND);
        this.region = districts.find(SAMARKAND).orElseThrow();
    }

    /** Writes every case, EXPECTED.csv and README.md into dir; returns the cases in file order. */
    public List<FlawCase> write(Path dir) throws Exception {
        Files.createDirectories(dir);
        List<FlawCase> cases = cases();
        for (FlawCase c : cases) {
            c.writer().write(dir.resolve(c.file()));
        }
        FlawedSetIndex.write(dir, cases);
        return cases;
    }

    List<FlawCase> cases() {
        List<FlawCase> cases = new ArrayList<>(errors());
        cases.addAll(warnings());
        cases.addAll(formats());
        cases.addAll(files());
        return cases;
    }

    private List<FlawCase> errors() {
        Territory made = new Territory("1799999", Territory.Level.DISTRICT, "district", SAMARKAND, "Тоғбоши тумани",
                "Togʻboshi tumani", "Тогбошинский район");
        Territory kogon = districts.find("1706219").orElseThrow();
        return List.of(
                new FlawCase("e01_unknown_district.xlsx", REJECTED, RuleId.UNKNOWN_DISTRICT,
                        "SOATO 1799999 and the made-up name Тоғбоши тумани, in the header and in _libstats",
                        file -> save(request(made, YEAR, 4, WorkbookFormat.XLSX, Script.CYRL, UnaryOperator.identity()), wb -> { }, file)),
                new FlawCase("e02_ambiguous_district_kogon.xlsx", REJECTED, RuleId.AMBIGUOUS_DISTRICT,
                        "no _libstats sheet, SOATO and region blank, district typed 'Kogon': both Kogon tumani (1706219) and the city Kogon (1706403)",
                        edited(kogon, 1, wb -> {
                            WorkbookEdits.removeMeta(wb);
                            WorkbookEdits.identification(wb, Label.SOATO, "");
                            WorkbookEdits.identification(wb, Label.REGION, "");
                            WorkbookEdits.identification(wb, Label.DISTRICT, "Kogon");
                            WorkbookEdits.subtitle(wb, "Kogon: 2021 йил, I чорак");
                        })),
                new FlawCase("e03_period_mismatch.xlsx", REJECTED, RuleId.PERIOD_MISMATCH,
                        "_libstats says quarter 2, the visible header says III",
                        edited(unit(9), 3, wb -> WorkbookEdits.meta(wb, ReturnLayout.META_QUARTER, "2"))),
                new FlawCase("e04_impossible_period_q5.xlsx", REJECTED, RuleId.IMPOSSIBLE_PERIOD, "quarter 5 in the header and in _libstats",
                        edited(unit(10), 4, wb -> {
                            WorkbookEdits.identification(wb, Label.QUARTER, "5");
                            WorkbookEdits.meta(wb, ReturnLayout.META_QUARTER, "5");
                            WorkbookEdits.subtitle(wb, unit(10).nameCyrl() + ", " + region.nameCyrl() + ": 2021 йил, 5 чорак");
                        })),
                new FlawCase("e05_no_catalogue_2019.xlsx", REJECTED, RuleId.NO_CATALOGUE_FOR_YEAR,
                        "year 2019 in the header and in _libstats; there is no 2019 catalogue",
                        file -> save(request(unit(11), 2019, 4, WorkbookFormat.XLSX, Script.CYRL, UnaryOperator.identity()), wb -> { }, file)),
                new FlawCase("e06_not_a_number.xlsx", REJECTED, RuleId.NOT_A_NUMBER, "2.1 records: 'много'",
                        edited(unit(12), 4, wb -> WorkbookEdits.text(wb, "2.1", 1, "много"))),
                new FlawCase("e07_negative_value.xlsx", REJECTED, RuleId.NEGATIVE_VALUE, "5.9 count: -5",
                        withValues(unit(13), 4, v -> put(v, "5.9", "count", new BigDecimal("-5")))),
                new FlawCase("e08_fractional_count.xlsx", REJECTED, RuleId.FRACTIONAL_COUNT, "6.8 copies: 2.5",
                        withValues(unit(14), 4, v -> put(v, "6.8", "copies", new BigDecimal("2.5")))),
                new FlawCase("e09_part_above_total.xlsx", REJECTED, RuleId.OF_WHICH_NOT_ABOVE_TOTAL,
                        "5.4.01 creative evenings: 7 more than 5.4 events in total (partial breakdown)",
                        withValues(unit(15), 4, v -> put(v, "5.4.01", "events", value(v, "5.4", "events").add(BigDecimal.valueOf(7))))),
                new FlawCase("e10_parts_do_not_add_up.xlsx", REJECTED, RuleId.OF_WHICH_ADDS_UP_TO_TOTAL,
                        "5.12 media appearances: total is 3 more than its four parts (complete breakdown)",
                        withValues(unit(9), 4, v -> put(v, "5.12", "count", partsSum(v, "5.12", "count").add(BigDecimal.valueOf(3))))),
                new FlawCase("e11_copies_fewer_than_titles.xlsx", REJECTED, RuleId.COPIES_NOT_FEWER_THAN_TITLES, "1.5: 12 titles, 9 copies",
                        withValues(unit(10), 4, v -> {
                            put(v, "1.5", "titles", BigDecimal.valueOf(12));
                            return put(v, "1.5", "copies", BigDecimal.valueOf(9));
                        })),
                new FlawCase("e12_unknown_indicator.xlsx", REJECTED, RuleId.UNKNOWN_INDICATOR,
                        "an extra row with code 10.99, which the 2021 catalogue does not have",
                        edited(unit(11), 4, wb -> WorkbookEdits.appendIndicatorRow(wb, "10.99", "Номаълум кўрсаткич", 5))));
    }

    private List<FlawCase> warnings() {
        Territory jump = unit(0);
        Territory outlier = unit(1);
        Territory cumulative = unit(2);
        String flow = FlawFigures.steadyFlow(generator.generate(outlier, YEAR), families());
        return List.of(
                new FlawCase("w1a_stock_jump_baseline_Q1.xlsx", ACCEPTED, null, "baseline for w1b", edited(jump, 1, wb -> { })),
                new FlawCase("w1b_stock_jump_Q2.xlsx", WARNINGS, RuleId.STOCK_JUMP, "1.1 total collection copies x3 against Q1",
                        withValues(jump, 2, v -> put(v, "1.1", "copies", value(v, "1.1", "copies").multiply(BigDecimal.valueOf(3))))),
                new FlawCase("w2a_outside_history_baseline_Q1.xlsx", ACCEPTED, null, "baseline for w2c", edited(outlier, 1, wb -> { })),
                new FlawCase("w2b_outside_history_baseline_Q2.xlsx", ACCEPTED, null, "baseline for w2c", edited(outlier, 2, wb -> { })),
                new FlawCase("w2c_outside_history_Q3.xlsx", WARNINGS, RuleId.OUTSIDE_OWN_HISTORY, flow + " x20 against Q1 and Q2",
                        withValues(outlier, 3, v -> FlawFigures.times(v, catalogue, flow, 20))),
                new FlawCase("w3a_cumulative_baseline_Q1.xlsx", ACCEPTED, null, "baseline for w3b", edited(cumulative, 1, wb -> { })),
                new FlawCase("w3b_cumulative_Q2.xlsx", WARNINGS, RuleId.LOOKS_CUMULATIVE, "every flow figure is Q1 + Q2",
                        withValues(cumulative, 2, v -> FlawFigures.cumulative(v, generator.generate(cumulative, YEAR).quarter(1), catalogue))));
    }

    private List<FlawCase> formats() {
        Territory csv = unit(4);
        return List.of(
                new FlawCase("f1_legacy.xls", ACCEPTED, null, "legacy Excel 97-2003 workbook (HSSF)",
                        file -> save(request(unit(3), YEAR, 1, WorkbookFormat.XLS, Script.CYRL, UnaryOperator.identity()), wb -> { }, file)),
                new FlawCase("f2_long_format.csv", ACCEPTED, null,
                        "long CSV: district;year;quarter;indicator;measure;value;note, UTF-8 with BOM, qualitative rows as measure 'done'",
                        file -> {
                            SampleFigures f = generator.generate(csv, YEAR);
                            LongFormatCsv.write(file, catalogue, csv.code(), YEAR, 1, f.quarter(1), f.statuses(1));
                        }),
                new FlawCase("f3_latin_labels.xlsx", ACCEPTED, null, "labels, names and done words in Uzbek Latin",
                        file -> save(request(unit(5), YEAR, 1, WorkbookFormat.XLSX, Script.LATN, UnaryOperator.identity()), wb -> { }, file)),
                new FlawCase("f4_formulas.xlsx", ACCEPTED, null, "section V figures typed as =a+b and 5.1 as =SUM of its parts, cached values present",
                        edited(unit(6), 1, wb -> FormatFlaws.formulas(wb, catalogue, "V", "5.1"))),
                new FlawCase("f5_merged_cells_extra_row_and_column.xlsx", ACCEPTED, null,
                        "merged title and header cells, an extra column before Unit, an extra blank row before section V",
                        edited(unit(7), 1, wb -> FormatFlaws.mergedCellsExtraRowAndColumn(wb, "V"))),
                new FlawCase("f6_numbers_as_text.xlsx", ACCEPTED, null,
                        "info findings expected: 10.7 '1 200' (no-break space), 5.9 '15 та', MED.1 '–' for 0, 1.5 '12/340' (titles/copies in one cell)",
                        edited(unit(8), 1, FormatFlaws::numbersAsText)));
    }

    private List<FlawCase> files() {
        return List.of(
                new FlawCase("x1_password_protected.xlsx", REJECTED, RuleId.ENCRYPTED_FILE, "encrypted with the password 'secret'",
                        file -> FileFlaws.encrypted(bytes(unit(12), 3), "secret", file)),
                new FlawCase("x2_corrupt_zip.xlsx", REJECTED, RuleId.UNREADABLE_FILE, "the first half of a valid workbook",
                        file -> FileFlaws.truncated(bytes(unit(13), 3), file)),
                new FlawCase("x3_not_excel.xlsx", REJECTED, RuleId.UNREADABLE_FILE, "a few lines of text renamed .xlsx", FileFlaws::notAWorkbook),
                new FlawCase("x4_empty.xlsx", REJECTED, RuleId.EMPTY_FILE, "0 bytes", FileFlaws::empty),
                new FlawCase("~$x5_lock_file.xlsx", IGNORED, null, "Excel's lock file of an open workbook (162 bytes)", FileFlaws::lockFile));
    }

    private Territory unit(int index) {
        return units.get(index);
    }

    private List<Family> families() {
        return Family.of(catalogue);
    }

    private TemplateRequest request(Territory district, int year, int quarter, WorkbookFormat format, Script script,
                                    UnaryOperator<Map<ValueKey, BigDecimal>> change) {
        SampleFigures figures = generator.generate(district, year);
        Territory regionOfDistrict = districts.find(district.parentCode()).orElse(region);
        TemplateRequest request = SampleSetWriter.request(catalogue, district, regionOfDistrict, year, quarter, figures,
                script, format);
        return request.filled(change.apply(new LinkedHashMap<>(figures.quarter(quarter))), request.statuses());
    }

    private FlawCase.Writer edited(Territory district, int quarter, Consumer<Workbook> edit) {
        return file -> save(request(district, YEAR, quarter, WorkbookFormat.XLSX, Script.CYRL, UnaryOperator.identity()), edit, file);
    }

    private FlawCase.Writer withValues(Territory district, int quarter, UnaryOperator<Map<ValueKey, BigDecimal>> change) {
        return file -> save(request(district, YEAR, quarter, WorkbookFormat.XLSX, Script.CYRL, change), wb -> { }, file);
    }

    private static void save(TemplateRequest request, Consumer<Workbook> edit, Path file) throws IOException {
        try (Workbook wb = new TemplateWriter().build(request)) {
            edit.accept(wb);
            TemplateWriter.save(wb, file);
        }
    }

    private byte[] bytes(Territory district, int quarter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new TemplateWriter().build(request(district, YEAR, quarter, WorkbookFormat.XLSX, Script.CYRL,
                UnaryOperator.identity()))) {
            wb.write(out);
        }
        return out.toByteArray();
    }

    private static Map<ValueKey, BigDecimal> put(Map<ValueKey, BigDecimal> values, String code, String measure, BigDecimal v) {
        values.put(new ValueKey(code, measure), v);
        return values;
    }

    private static BigDecimal value(Map<ValueKey, BigDecimal> values, String code, String measure) {
        return values.getOrDefault(new ValueKey(code, measure), BigDecimal.ZERO);
    }

    private BigDecimal partsSum(Map<ValueKey, BigDecimal> values, String total, String measure) {
        return catalogue.indicators().stream().filter(i -> total.equals(i.parentCode()))
                .map(i -> value(values, i.code(), measure)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
