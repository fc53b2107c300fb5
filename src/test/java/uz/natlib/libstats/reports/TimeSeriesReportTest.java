package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.vocabulary.Script;

/**
 * The time series in every script and format, from the two linked tables of {@link TimeSeriesSqlTest}
 * (2091 to quarter IV, 2092 to quarter II), for 2090-2092: 2090 has no table, so nothing.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeSeriesReportTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TimeSeriesService service;

    List<Path> files;

    private static TimeSeriesService.Request request(String territory, int from, int to, List<String> charts) {
        return new TimeSeriesService.Request(territory, from, to, true, charts, EnumSet.allOf(Script.class),
                EnumSet.allOf(ReportFormat.class));
    }

    @BeforeAll
    void render() throws Exception {
        TimeSeriesSqlTest.remove(jdbc);
        TimeSeriesSqlTest.load(jdbc);
        files = service.render(request(TimeSeriesSqlTest.REGION, 2090, 2092, List.of("1.1", "2.1", "1.5a")));
    }

    @AfterAll
    void cleanUp() {
        TimeSeriesSqlTest.remove(jdbc);
    }

    private Path file(Script script, String extension) {
        return files.stream().filter(p -> p.getFileName().toString()
                        .equals("time-series_1706_2090-2092_quarterly_" + script.code() + "." + extension))
                .findFirst().orElseThrow(() -> new AssertionError("no " + script + " " + extension + " in " + files));
    }

    private List<CSVRecord> csv(Script script) throws Exception {
        try (Reader in = Files.newBufferedReader(file(script, "csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Optional<CSVRecord> row(List<CSVRecord> rows, String code, String period, String span) {
        return rows.stream().filter(r -> r.get("indicator_code").equals(code) && r.get("period").equals(period)
                && r.get("span").equals(span)).findFirst();
    }

    @Test
    void givenTwoScriptsAndThreeFormats_whenRendered_thenSixFilesUnderTimeSeries() {
        assertThat(files).hasSize(6).allSatisfy(p -> assertThat(p).exists()
                .satisfies(f -> assertThat(f.getParent().getFileName().toString()).isEqualTo("time-series")));
    }

    @Test
    void givenTheLinks_whenWrittenAsCsv_thenEachYearsFigureAndHowItWasFound() throws Exception {
        List<CSVRecord> rows = csv(Script.CYRL);
        // 2090 has no table: nothing at all
        assertThat(rows).noneMatch(r -> r.get("year").equals("2090"));
        CSVRecord same = row(rows, "1.1", "2091Q4", "year-to-date").orElseThrow();
        assertThat(same.get("value")).isEqualTo("100");
        assertThat(same.get("lineage")).isEqualTo("same");
        // 2092 runs to quarter II: its year to date there
        assertThat(row(rows, "1.1", "2092Q2", "year-to-date").orElseThrow().get("value")).isEqualTo("60");
        assertThat(row(rows, "1.1", "2091Q1", "quarter").orElseThrow().get("value")).isEqualTo("20");
        assertThat(row(rows, "1.1", "2092Q3", "quarter").orElseThrow().get("value")).isEmpty();
        CSVRecord split = row(rows, "1.5b", "2091Q4", "year-to-date").orElseThrow();
        assertThat(split.get("value")).isEqualTo("40");
        assertThat(split.get("lineage")).isEqualTo("split");
        assertThat(split.get("split_from")).isEqualTo("1.5");
        assertThat(split.get("note_en")).isEqualTo("split from 1.5: the whole figure of 1.5");
        // nobody reported 1.5b in 2092: blank, never 0
        assertThat(row(rows, "1.5b", "2092Q2", "year-to-date").orElseThrow().get("value")).isEmpty();
        CSVRecord merged = row(rows, "2.1", "2091Q4", "year-to-date").orElseThrow();
        assertThat(merged.get("value")).isEqualTo("15");
        assertThat(merged.get("linked_rows")).isEqualTo("2.1+2.2");
        assertThat(merged.get("note_en")).isEqualTo("sum of rows 2.1 + 2.2");
        assertThat(row(rows, "2.1", "2091Q4", "quarter").orElseThrow().get("value")).isEqualTo("5");
        CSVRecord renumbered = row(rows, "3.4", "2091Q4", "year-to-date").orElseThrow();
        assertThat(renumbered.get("value")).isEqualTo("7");
        assertThat(renumbered.get("note_en")).isEqualTo("numbered 3.1 in 2091");
        CSVRecord fresh = row(rows, "9.9", "2091Q4", "year-to-date").orElseThrow();
        assertThat(fresh.get("value")).isEmpty();
        assertThat(fresh.get("lineage")).isEqualTo("new");
        assertThat(fresh.get("note_en")).isEqualTo("new in 2092");
        assertThat(fresh.get("note")).isEqualTo("2092 йилда янги");
        assertThat(row(csv(Script.LATN), "9.9", "2091Q4", "year-to-date").orElseThrow().get("note"))
                .isEqualTo("2092 yilda yangi");
    }

    @Test
    void givenThePdf_whenRead_thenYearsMarksNotesAndChartsAreThere() throws Exception {
        for (Script script : Script.values()) {
            String text;
            int images;
            try (PDDocument pdf = Loader.loadPDF(file(script, "pdf").toFile())) {
                text = new PDFTextStripper().getText(pdf);
                images = 0;
                for (var page : pdf.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        images += page.getResources().isImageXObject(name) ? 1 : 0;
                    }
                }
            }
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).as(script.name()).contains(Texts.get(script, "ts.col.yearTo", 2092, "II"),
                    Texts.get(script, "ts.new", 2092), Texts.get(script, "ts.notes"),
                    Texts.get(script, "ts.note.split", "1.5"), Texts.get(script, "ts.note.merged", "2.1 + 2.2"),
                    Texts.get(script, "title.time-series", script.pick("Бухоро вилояти", "Buxoro viloyati"), 2090, 2092));
            // three charts: 1.1, 2.1 and 1.5a, one measure each
            assertThat(images).as(script.name()).isEqualTo(3);
        }
    }

    @Test
    void givenTheWorkbook_whenRead_thenOneRowPerMeasureWithEachYearAndQuarter() throws Exception {
        try (InputStream in = Files.newInputStream(file(Script.CYRL, "xlsx")); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row header = null;
            Row merged = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Код")) {
                    header = row;
                }
                if (header != null && row != header && row.getCell(0).toString().equals("2.1")) {
                    merged = row;
                }
            }
            assertThat(header).isNotNull();
            int year2091 = -1;
            int note2091 = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).toString().equals("2091 йил")) {
                    year2091 = c;
                }
                if (header.getCell(c).toString().equals("2091 йил: изоҳ")) {
                    note2091 = c;
                }
            }
            assertThat(merged.getCell(year2091).getNumericCellValue()).isEqualTo(15.0);
            assertThat(merged.getCell(note2091).toString()).isEqualTo("2.1 + 2.2 қаторлари йиғиндиси");
            // 2090 has no table: its cells stay empty
            assertThat(merged.getCell(6)).isNull();
        }
    }

    @Test
    void givenBadRequests_whenChecked_thenToldWhy() {
        assertThat(service.problem(request("1706", 2091, 2093, List.of()))).get()
                .satisfies(m -> assertThat(m.en()).contains("no indicator table for 2093"));
        assertThat(service.problem(request("1706", 2091, 2092, List.of("1.1", "4.1", "x")))).get()
                .satisfies(m -> assertThat(m.en()).contains("no quantitative row 4.1, x in the table of 2092"));
        assertThat(service.problem(request("1799", 2091, 2092, List.of()))).get()
                .satisfies(m -> assertThat(m.cyrl()).contains("1799 ҳудуди йўқ"));
        assertThat(service.problem(request("17", 2091, 2092, List.of("1.1")))).isEmpty();
    }
}
