package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
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

import uz.natlib.libstats.reports.QualitativeAnswersRepository.Answer;
import uz.natlib.libstats.reports.QualitativeAnswersRepository.District;
import uz.natlib.libstats.reports.QualitativeAnswersRepository.QualitativeRow;
import uz.natlib.libstats.reports.QualitativeTally.Count;
import uz.natlib.libstats.vocabulary.Script;

/** The qualitative rows' counting rules, tables and CSV rows, as pure code. */
class QualitativeSectionTest {

    static final QualitativeRow ON_TIME = new QualitativeRow("7.4", "7.4", "Ҳисобот ўз вақтида", "Hisobot oʻz vaqtida", "VII",
            "Илмий-методик фаолият", "Ilmiy-metodik faoliyat");
    static final QualitativeRow HOSTILE = new QualitativeRow("7.5", "7.5", "=HYPERLINK(\"http://x.invalid\")",
            "=HYPERLINK(\"http://x.invalid\")", "VII", "Илмий-методик фаолият", "Ilmiy-metodik faoliyat");

    /** Two regions: A with districts a1, a2, a3; B with b1. */
    static final List<District> NATION = List.of(new District("a1", "A", "А", "A"), new District("a2", "A", "А", "A"),
            new District("a3", "A", "А", "A"), new District("b1", "B", "Б", "B"));

    /*
     * 7.4: a1 done Q1, not done Q2; a2 not done Q1 and Q2; a3 blank cell with a note in Q1; b1 nothing.
     * Q1: done 1 of 2 answered (a3's blank is no answer); Q2: done 0 of 2;
     * year: done 1 (a1, done in Q1) of 2 answering, expected 4.
     */
    static final List<Answer> ANSWERS = List.of(new Answer("a1", 1, "7.4", true, "вақтида"),
            new Answer("a1", 2, "7.4", false, null), new Answer("a2", 1, "7.4", false, null),
            new Answer("a2", 2, "7.4", false, null), new Answer("a3", 1, "7.4", null, "билмадим"));

    static ReportContext context(ReportType type, int quarter, String territory, Script script) {
        return new ReportContext(type, 2021, quarter, territory, "Ўзбекистон", "Oʻzbekiston", script, Optional.empty(),
                OffsetDateTime.now(ReportContext.TASHKENT), Optional.empty());
    }

    @Test
    void givenAnswersOverTheYear_whenCounted_thenAQuarterCountsItsAnswersAndTheYearDoneInAtLeastOneQuarter() {
        QualitativeTally tally = new QualitativeTally(ANSWERS);
        List<String> all = List.of("a1", "a2", "a3", "b1");
        assertThat(tally.quarter("7.4", 1, all)).isEqualTo(new Count(1, 2, 4));
        assertThat(tally.quarter("7.4", 2, all)).isEqualTo(new Count(0, 2, 4));
        assertThat(tally.quarter("7.4", 3, all)).isEqualTo(new Count(0, 0, 4));
        assertThat(tally.quarter("7.4", 3, all).doneOrNone()).isNull();
        assertThat(tally.quarter("7.4", 2, all).doneOrNone()).isZero();
        assertThat(tally.year("7.4", all)).isEqualTo(new Count(1, 2, 4));
        assertThat(tally.year("7.4", List.of("b1"))).isEqualTo(new Count(0, 0, 1));
    }

    @Test
    void givenADistrictsAnswers_whenItsProfileTableIsMade_thenEachQuarterSaysDoneNotDoneOrDashAndTheNotesAsTyped() {
        List<Answer> a1 = ANSWERS.stream().filter(a -> a.districtCode().equals("a1")).toList();
        QualitativeSection section = new QualitativeSection(List.of(ON_TIME), List.of(new District("a1", null, null, null)), a1);
        QualitativeLine cyrl = section.answersTable(context(ReportType.DISTRICT_PROFILE, 4, "a1", Script.CYRL)).lines().get(0);
        assertThat(List.of(cyrl.get("q1"), cyrl.get("q2"), cyrl.get("q3"), cyrl.get("q4")))
                .containsExactly("бажарилди", "бажарилмади", "—", "—");
        assertThat(cyrl.get("note")).isEqualTo("I: вақтида");
        assertThat(cyrl.getSection()).isEqualTo("VII. Илмий-методик фаолият");
        QualitativeLine latn = section.answersTable(context(ReportType.DISTRICT_PROFILE, 4, "a1", Script.LATN)).lines().get(0);
        assertThat(latn.get("q1")).isEqualTo("bajarildi");
        assertThat(latn.get("note")).isEqualTo("I: вақтида");
    }

    @Test
    void givenTheNation_whenItsCsvRowsAreWritten_thenTheNationAndEachRegionByTheLongHeadersColumns() throws IOException {
        QualitativeSection section = new QualitativeSection(List.of(ON_TIME), NATION, ANSWERS);
        StringBuilder out = new StringBuilder();
        section.csv(context(ReportType.NATION_YEAR, 4, "17", Script.CYRL), out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader(FigureCsv.LONG_HEADER).get()
                .parse(new StringReader(out.toString())).getRecords();
        // nation, A, B; quarters I-IV and the year
        assertThat(rows).hasSize(3 * 5);
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(FigureCsv.LONG_HEADER.length));
        Map<String, String> year = rows.stream().filter(r -> r.get("territory_code").equals("17")
                && r.get("span").equals("year-to-date")).findFirst().orElseThrow().toMap();
        assertThat(year).containsEntry("period", "2021Q4").containsEntry("measure", "done").containsEntry("value", "1")
                .containsEntry("reporting", "2").containsEntry("expected", "4").containsEntry("plan", "");
        Map<String, String> regionB = rows.stream().filter(r -> r.get("territory_code").equals("B")
                && r.get("period").equals("2021Q1")).findFirst().orElseThrow().toMap();
        assertThat(regionB).containsEntry("territory_name", "Б").containsEntry("value", "").containsEntry("reporting", "0")
                .containsEntry("expected", "1");
    }

    @Test
    void givenAHostileLabelAndNote_whenTheProfileWorkbookIsWritten_thenNoCellIsAFormulaAndTheNoteReadsAsTyped()
            throws Exception {
        List<Answer> answers = List.of(new Answer("a1", 2, "7.5", true, "=HYPERLINK(\"http://y.invalid\")"));
        QualitativeSection section = new QualitativeSection(List.of(HOSTILE), List.of(new District("a1", null, null, null)),
                answers);
        ReportContext context = context(ReportType.DISTRICT_PROFILE, 4, "a1", Script.CYRL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uz.natlib.libstats.reports.workbook.FigureWorkbook.write(
                List.of(FigureTables.qualitative(context, section.table(context))), out);
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Сонсиз кўрсаткичлар");
            assertThat(sheet).isNotNull();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).contains("'=HYPERLINK(\"http://x.invalid\")", "II: =HYPERLINK(\"http://y.invalid\")", "бажарилди");
    }
}
