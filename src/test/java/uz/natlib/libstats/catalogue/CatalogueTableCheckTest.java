package uz.natlib.libstats.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.reading.ReadingLimits;

class CatalogueTableCheckTest {

    private static final Catalogue Y2021 = CatalogueFiles.read(2021);

    private static CatalogueTableCheck.Known known(boolean withPreviousYear) {
        Map<String, Section> sections = new LinkedHashMap<>();
        Y2021.sections().forEach(s -> sections.put(s.code(), s));
        Map<String, Indicator> previous = new LinkedHashMap<>();
        Y2021.indicators().forEach(i -> previous.put(i.code(), i));
        return new CatalogueTableCheck.Known(
                Y2021.measures().stream().map(Measure::key).collect(Collectors.toSet()), sections,
                withPreviousYear ? Optional.of(previous) : Optional.empty());
    }

    private static CatalogueTableCheck.Result check(int year, String csv, boolean withPreviousYear) {
        TableLines.Parsed parsed = TableLines.read("t.csv", csv.getBytes(StandardCharsets.UTF_8), ReadingLimits.DEFAULTS);
        return CatalogueTableCheck.check(year, "t.csv", parsed, known(withPreviousYear), Y2021.measures());
    }

    @Test
    void theShipped2021TableAsAnImportFileHasNoFindingAndTheSameRows() throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/catalogue/2021.csv")) {
            bytes = in.readAllBytes();
        }
        CatalogueTableCheck.Result result = CatalogueTableCheck.check(2021, "2021.csv",
                TableLines.read("2021.csv", bytes, ReadingLimits.DEFAULTS), known(false), Y2021.measures());
        assertThat(result.findings()).isEmpty();
        assertThat(result.catalogue().orElseThrow().indicators()).isEqualTo(Y2021.indicators());
        assertThat(result.catalogue().orElseThrow().sections()).isEqualTo(Y2021.sections());
    }

    @Test
    void theSameTableAsAWorkbookGivesTheSameRows() throws IOException {
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var hidden = workbook.createSheet("notes");
            hidden.createRow(0).createCell(0).setCellValue("a hidden sheet first: not the table");
            workbook.setSheetHidden(0, true);
            var sheet = workbook.createSheet("2021");
            sheet.createRow(0).createCell(0).setCellValue("# the 2021 table, as an administrator would keep it");
            var header = sheet.createRow(1);
            for (int c = 0; c < CatalogueCsv.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(CatalogueCsv.COLUMNS.get(c));
            }
            int r = 2;
            for (Indicator i : Y2021.indicators()) {
                var row = sheet.createRow(r++);
                String[] cells = {i.code(), i.seedNumber(), i.section(), i.parentCode(),
                        i.breakdown() == null ? null : i.breakdown().name().toLowerCase(java.util.Locale.ROOT),
                        i.labelCyrl(), i.labelLatn(), i.labelEn(), i.unitSeed(), String.join("|", i.measures()),
                        i.aggregation().name().toLowerCase(java.util.Locale.ROOT),
                        i.periodicity().name().toLowerCase(java.util.Locale.ROOT), i.dueSeed(),
                        String.valueOf(i.planBearing()).toUpperCase(java.util.Locale.ROOT), String.valueOf(i.qualitative()), null};
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(xlsx);
        }
        TableLines.Parsed parsed = TableLines.read("2021.xlsx", xlsx.toByteArray(), ReadingLimits.DEFAULTS);
        assertThat(parsed.headerRow()).isEqualTo(2);
        CatalogueTableCheck.Result result = CatalogueTableCheck.check(2021, "2021.xlsx", parsed, known(false),
                Y2021.measures());
        assertThat(result.findings()).isEmpty();
        assertThat(result.catalogue().orElseThrow().indicators()).isEqualTo(Y2021.indicators());
    }

    private static final String HEADER = "code,section,parent_code,breakdown,label_cyrl,label_en,measures,aggregation,"
            + "periodicity,plan,qualitative,previous_code\n";

    @Test
    void aTableWithTenDifferentFaultsIsRefusedWithTenFindingsNamingTheirRows() {
        String csv = HEADER
                + "# a comment line: not a row, but counted as a line\n"                                  // line 2
                + "1.1,I,,complete,Жами фонд,Total,titles|copies,stock,quarterly,false,false,\n"           // 3: fine
                + "1.1.01,I,1.1,,босма,Printed,titles,stock,quarterly,false,false,\n"                       // 4: measures differ from a complete total's
                + "1.1.02,I,1.1,,электрон,Electronic,titles|copies,stock,quarterly,false,false,\n"          // 5: fine
                + "1.1,I,,,Такрор,Repeated,titles,flow,quarterly,false,false,\n"                            // 6: code used twice
                + "1.3,XI,,,Бўлимсиз,No section,titles,flow,quarterly,false,false,\n"                        // 7: unknown section
                + "1.4,I,4.99,,Жамисиз қисм,Orphan part,titles,flow,quarterly,false,false,\n"                 // 8: total missing
                + "1.5,I,,,Литрлар,Litres,litres,flow,quarterly,false,false,\n"                              // 9: unknown measure
                + "1.6,I,,,Only Latin label,Latin only,titles,flow,quarterly,false,false,\n"                 // 10: no Cyrillic label
                + "1.7,I,,,Ўқувчилар,Readers,readers,sometimes,quarterly,false,false,\n"                     // 11: aggregation unknown
                + "1.8,I,,,Ўлчовсиз,No measures,,flow,quarterly,false,false,\n"                              // 12: quantitative without measures
                + "1.9,I,,,Боғланган,Linked,titles,flow,quarterly,false,false,77.7\n"                        // 13: previous code absent in 2021
                + "1.10,I,,,Ҳа-йўқ,Yes-no,titles,flow,quarterly,maybe,false,\n";                            // 14: plan not true/false
        CatalogueTableCheck.Result result = check(2022, csv, true);

        assertThat(result.catalogue()).isEmpty();
        assertThat(result.findings()).extracting(TableFinding::row, TableFinding::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "1.1.01"),
                org.assertj.core.groups.Tuple.tuple(6, "1.1"),
                org.assertj.core.groups.Tuple.tuple(7, "1.3"),
                org.assertj.core.groups.Tuple.tuple(8, "1.4"),
                org.assertj.core.groups.Tuple.tuple(9, "1.5"),
                org.assertj.core.groups.Tuple.tuple(10, "1.6"),
                org.assertj.core.groups.Tuple.tuple(11, "1.7"),
                org.assertj.core.groups.Tuple.tuple(12, "1.8"),
                org.assertj.core.groups.Tuple.tuple(13, "1.9"),
                org.assertj.core.groups.Tuple.tuple(14, "1.10"));
        List<String> english = result.findings().stream().map(f -> f.message().en()).toList();
        assertThat(english.get(0)).contains("complete breakdown", "[titles, copies]", "here [titles]");
        assertThat(english.get(1)).contains("also on row 3");
        assertThat(english.get(2)).contains("Unknown section", "XI");
        assertThat(english.get(3)).contains("no total", "4.99");
        assertThat(english.get(4)).contains("Unknown measure", "litres");
        assertThat(english.get(5)).contains("Cyrillic label");
        assertThat(english.get(6)).contains("aggregation", "sometimes", "[flow, stock]");
        assertThat(english.get(7)).contains("quantitative row has at least one measure");
        assertThat(english.get(8)).contains("2021 table has no row", "77.7");
        assertThat(english.get(9)).contains("plan", "maybe", "true or false");
        result.findings().forEach(f -> {
            assertThat(f.message().cyrl()).matches("(?s).*\\p{IsCyrillic}.*");
            assertThat(f.message().latn()).doesNotContainPattern("\\p{IsCyrillic}");
        });
    }

    @Test
    void aTotalAfterItsPartAndAMissingColumnAreNamed() {
        CatalogueTableCheck.Result later = check(2022, HEADER
                + "1.1.01,I,1.1,,босма,Printed,titles,flow,quarterly,false,false,\n"
                + "1.1,I,,partial,Жами,Total,titles,flow,quarterly,false,false,\n", true);
        assertThat(later.findings()).extracting(TableFinding::row).containsExactly(2);
        assertThat(later.findings().get(0).message().en()).contains("comes after it (row 3)");

        CatalogueTableCheck.Result noColumn = check(2022, "code,section\n1.1,I\n", true);
        assertThat(noColumn.findings()).extracting(f -> f.message().en())
                .contains("The column \"label_cyrl\" is missing (required columns: " + CatalogueTableCheck.REQUIRED + ").");
    }

    @Test
    void linksNeedATableOfThePreviousYear() {
        CatalogueTableCheck.Result result = check(2031, HEADER
                + "1.1,I,,,Жами,Total,titles,flow,quarterly,false,false,1.1\n"
                + "1.2,I,,,Янги,New,titles,flow,quarterly,false,false,-\n", false);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.message().en()).contains("no table for 2030");
        });
    }

    @Test
    void mergesAndSplitsAreKeptAsWritten() {
        CatalogueTableCheck.Result result = check(2022, HEADER
                + "5.1,V,,,Бирлашган,Merged,count,flow,quarterly,false,false,5.1|5.3\n"
                + "5.90,V,,,Бўлинган бир,Split one,count,flow,quarterly,false,false,5.4\n"
                + "5.91,V,,,Бўлинган икки,Split two,count,flow,quarterly,false,false,5.4\n", true);
        assertThat(result.findings()).isEmpty();
        assertThat(result.catalogue().orElseThrow().indicators()).extracting(Indicator::previousCode)
                .containsExactly("5.1|5.3", "5.4", "5.4");
    }

    @Test
    void notATableIsOneFindingForTheWholeFile() {
        TableLines.Parsed parsed = TableLines.read("x.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41},
                ReadingLimits.DEFAULTS);
        assertThat(parsed.findings()).singleElement().satisfies(f -> {
            assertThat(f.row()).isZero();
            assertThat(f.message().en()).contains("neither an .xlsx workbook nor a CSV in UTF-8");
        });
    }
}
