package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.Completeness;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.DistrictSubmission;
import uz.natlib.libstats.vocabulary.Script;

/**
 * Text that could start a formula, wherever it comes from, never starts one in a CSV or a
 * workbook of the reports: each file is read back as a spreadsheet program would.
 */
class SpreadsheetInjectionTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x.invalid\")", "+cmd", "@SUM(1)", "-1+2",
            "\tTAB");
    private static final ReportDesigns DESIGNS = new ReportDesigns();

    private static ConsolidatedFigure figure(String code, String name, int tier, String span, String label,
                                             BigDecimal value) {
        return new ConsolidatedFigure(code, name, name, tier == 0 ? "region" : "district", tier, 2021, 2, span, 1, "5.1", "5.1", "V", "Хизмат", "Xizmat",
                label, label, null, 0, "visits", "сон", "son", false, value, 1, 2, BigDecimal.valueOf(100), value,
                1, value, BigDecimal.valueOf(100), 1, 0, false);
    }

    /** The region named hostilely, its districts too, the one indicator labelled so, and a figure of -5. */
    private static List<ConsolidatedFigure> figures() {
        String label = HOSTILE.get(0);
        List<ConsolidatedFigure> figures = new ArrayList<>();
        figures.add(figure("1700", HOSTILE.get(0), 0, "quarter", label, BigDecimal.valueOf(-5)));
        figures.add(figure("1700", HOSTILE.get(0), 0, "ytd", label, BigDecimal.valueOf(40)));
        for (int i = 1; i < HOSTILE.size(); i++) {
            figures.add(figure("170000" + i, HOSTILE.get(i), 1, "quarter", label, BigDecimal.valueOf(i)));
        }
        return figures;
    }

    private static List<Completeness> counts() {
        return List.of(new Completeness(2, "1700", HOSTILE.get(0), HOSTILE.get(0), LocalDate.of(2021, 7, 10), 4, 2, 1, 1,
                2, 0));
    }

    private static List<DistrictSubmission> districts() {
        List<DistrictSubmission> districts = new ArrayList<>();
        for (int i = 1; i < HOSTILE.size(); i++) {
            districts.add(new DistrictSubmission("1700", HOSTILE.get(0), HOSTILE.get(0), "170000" + i, HOSTILE.get(i),
                    HOSTILE.get(i), "accepted", OffsetDateTime.parse("2021-07-05T10:00:00+05:00"), 1, 0, 1));
        }
        return districts;
    }

    private static ReportContext context(ReportType type) {
        return new ReportContext(type, 2021, 2, "1700", HOSTILE.get(0), HOSTILE.get(0), Script.CYRL, Optional.empty(),
                OffsetDateTime.now(ReportContext.TASHKENT), Optional.of(new DataAsOfRepository.DataAsOf(3, HOSTILE.get(0),
                OffsetDateTime.now(), HOSTILE.get(0), HOSTILE.get(0))));
    }

    private static boolean startsAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("[+-]?\\d+([.,]\\d+)?");
    }

    private static List<String> csvFields(String csv) throws IOException {
        List<String> fields = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            record.forEach(fields::add);
        }
        return fields;
    }

    @Test
    void givenHostileNamesAndLabels_whenTheLongCsvIsWritten_thenNoFieldStartsAFormulaAndFiguresStayNumbers()
            throws IOException {
        StringBuilder csv = new StringBuilder();

        FigureCsv.longForm(figures(), Script.CYRL, csv);

        List<String> fields = csvFields(csv.toString());
        assertThat(fields).noneMatch(SpreadsheetInjectionTest::startsAFormula)
                .contains("'=HYPERLINK(\"http://x.invalid\")", "'+cmd", "'@SUM(1)", "'-1+2", "'\tTAB", "-5");
    }

    @Test
    void givenHostileNames_whenTheCompletenessCsvIsWritten_thenNoFieldStartsAFormula() throws IOException {
        StringBuilder csv = new StringBuilder();

        CompletenessCsv.write("2021Q2", counts(), districts(), Script.LATN, csv);

        assertThat(csvFields(csv.toString())).noneMatch(SpreadsheetInjectionTest::startsAFormula)
                .contains("'=HYPERLINK(\"http://x.invalid\")", "'+cmd", "'-1+2");
    }

    @Test
    void givenHostileNamesAndLabels_whenTheWorkbooksAreWritten_thenNoCellIsOrStartsAFormulaAndFiguresStayNumbers()
            throws Exception {
        JasperRenderer renderer = new JasperRenderer(DESIGNS);
        List<String> texts = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        Map<String, byte[]> workbooks = new java.util.LinkedHashMap<>();
        JasperInput completeness = CompletenessReport.build(context(ReportType.COMPLETENESS), counts(), districts());
        ByteArrayOutputStream jasperOut = new ByteArrayOutputStream();
        renderer.xlsx(completeness, completeness.design(), jasperOut);
        workbooks.put("completeness", jasperOut.toByteArray());
        ByteArrayOutputStream tableOut = new ByteArrayOutputStream();
        uz.natlib.libstats.reports.workbook.FigureWorkbook.write(
                List.of(FigureTables.quarter(context(ReportType.REGION_QUARTER), figures())), tableOut);
        workbooks.put("region-quarter", tableOut.toByteArray());
        for (var written : workbooks.entrySet()) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written.getValue()))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as(written.getKey() + " " + cell.getAddress())
                                    .isNotEqualTo(CellType.FORMULA);
                            if (cell.getCellType() == CellType.STRING) {
                                texts.add(cell.getStringCellValue());
                            } else if (cell.getCellType() == CellType.NUMERIC) {
                                numbers.add(cell.getNumericCellValue());
                            }
                        }
                    }
                }
            }
        }
        assertThat(texts).noneMatch(SpreadsheetInjectionTest::startsAFormula)
                .anyMatch(t -> t.startsWith("'=HYPERLINK")).contains("'+cmd", "'@SUM(1)", "'-1+2");
        assertThat(numbers).contains(-5.0);
    }
}
