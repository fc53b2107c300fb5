package uz.natlib.libstats.tools.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.templates.Districts;
import uz.natlib.libstats.templates.TemplateGrid;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

class SampleFlawedSetTest {

    private static final Set<String> RULES = Set.of("UnknownDistrict", "AmbiguousDistrict", "PeriodMismatch",
            "ImpossiblePeriod", "NoCatalogueForYear", "NotANumber", "NegativeValue", "FractionalCount",
            "OfWhichNotAboveTotal", "OfWhichAddsUpToTotal", "CopiesNotFewerThanTitles", "StockJump",
            "OutsideOwnHistory", "LooksCumulative", "UnknownIndicator", "UnreadableFile", "EmptyFile", "EncryptedFile");

    @TempDir
    static Path dir;
    private static List<CSVRecord> expected;

    @BeforeAll
    static void writeTheFlawedSet() throws Exception {
        new FlawedSet(CatalogueFiles.read(2021), new Districts(SoatoRegistry.load()), 42).write(dir);
        try (Reader in = Files.newBufferedReader(dir.resolve("EXPECTED.csv"), StandardCharsets.UTF_8)) {
            expected = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Workbook open(String file) throws IOException {
        return WorkbookFactory.create(dir.resolve(file).toFile(), null, true);
    }

    private static Map<String, String> meta(Workbook wb) {
        Map<String, String> meta = new HashMap<>();
        for (Row row : wb.getSheet(ReturnLayout.META_SHEET)) {
            meta.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
        }
        return meta;
    }

    private static double value(String file, String code, int measure) throws IOException {
        try (Workbook wb = open(file)) {
            return TemplateGrid.valueCell(wb.getSheetAt(0), code, measure).getNumericCellValue();
        }
    }

    @Test
    void givenTheFlawedSet_whenListed_thenEveryFileIsInExpectedAndEveryRuleIsCovered() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("EXPECTED.csv") && !n.equals("README.md")))
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(r -> r.get("file")).toList());
        }
        assertThat(expected).extracting(r -> r.get("outcome"))
                .containsOnly("accepted", "accepted-with-warnings", "rejected", "ignored");
        assertThat(expected.stream().map(r -> r.get("rule")).filter(r -> !r.isEmpty()).collect(Collectors.toSet()))
                .isEqualTo(RULES);
        assertThat(Files.readString(dir.resolve("README.md"))).contains("| `e01_unknown_district.xlsx` | rejected | `UnknownDistrict` |");
    }

    @Test
    void givenTheWorkbooksOfTheSet_whenOpened_thenNoneIsForABukharaDistrictExceptTheAmbiguousKogon() throws IOException {
        for (CSVRecord r : expected) {
            String file = r.get("file");
            if (!file.endsWith(".xlsx") && !file.endsWith(".xls") || r.get("rule").matches("Encrypted.*|Unreadable.*|Empty.*")
                    || file.startsWith("~$") || file.startsWith("e02")) {
                continue;
            }
            try (Workbook wb = open(file)) {
                assertThat(meta(wb).get("district")).as(file).startsWith("17");
                assertThat(meta(wb).get("district")).as(file).doesNotStartWith("1706");
            }
        }
        try (Workbook wb = open("e02_ambiguous_district_kogon.xlsx")) {
            assertThat(wb.getSheet(ReturnLayout.META_SHEET)).isNull();
            assertThat(TemplateGrid.identificationValue(wb.getSheetAt(0), Label.DISTRICT).getStringCellValue()).isEqualTo("Kogon");
            assertThat(TemplateGrid.identificationValue(wb.getSheetAt(0), Label.SOATO).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void givenThePeriodCases_whenOpened_thenHeaderAndHiddenSheetSayWhatTheCaseNeeds() throws IOException {
        try (Workbook wb = open("e03_period_mismatch.xlsx")) {
            assertThat(meta(wb)).containsEntry("quarter", "2");
            assertThat(TemplateGrid.identificationValue(wb.getSheetAt(0), Label.QUARTER).getStringCellValue()).isEqualTo("III");
        }
        try (Workbook wb = open("e05_no_catalogue_2019.xlsx")) {
            assertThat(meta(wb)).containsEntry("year", "2019");
            assertThat(TemplateGrid.identificationValue(wb.getSheetAt(0), Label.YEAR).getStringCellValue()).isEqualTo("2019");
        }
    }

    @Test
    void givenTheWarningCases_whenOpened_thenOnlyTheNamedFiguresMoved() throws IOException {
        assertThat(value("w1b_stock_jump_Q2.xlsx", "1.1", 2)).isGreaterThan(value("w1a_stock_jump_baseline_Q1.xlsx", "1.1", 2) * 2.9);
        assertThat(value("w1b_stock_jump_Q2.xlsx", "1.1", 1)).isLessThan(value("w1a_stock_jump_baseline_Q1.xlsx", "1.1", 1) * 1.04);
        String flow = expected.stream().filter(r -> r.get("file").startsWith("w2c")).findFirst().orElseThrow()
                .get("note").split(" ")[0];
        assertThat(value("w2c_outside_history_Q3.xlsx", flow, 1)).isGreaterThan(value("w2b_outside_history_baseline_Q2.xlsx", flow, 1) * 10);
        assertThat(value("w3b_cumulative_Q2.xlsx", "5.1", 1)).isGreaterThan(value("w3a_cumulative_baseline_Q1.xlsx", "5.1", 1));
    }

    @Test
    void givenTheFormatCases_whenOpened_thenTheyCarryTheirPeculiarity() throws IOException {
        try (Workbook wb = open("f1_legacy.xls")) {
            assertThat(wb.getClass().getSimpleName()).isEqualTo("HSSFWorkbook");
        }
        String csv = Files.readString(dir.resolve("f2_long_format.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFdistrict;year;quarter;indicator;measure;value;note");
        assertThat(csv).contains(";2021;1;5.1;visits;", ";done;бажарилди");
        try (Workbook wb = open("f4_formulas.xlsx")) {
            Cell total = TemplateGrid.valueCell(wb.getSheetAt(0), "5.1", 1);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).startsWith("SUM(");
            assertThat(total.getNumericCellValue()).isPositive();
        }
        try (Workbook wb = open("f5_merged_cells_extra_row_and_column.xlsx")) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getNumMergedRegions()).isGreaterThanOrEqualTo(9);
            assertThat(sheet.getRow(TemplateGrid.HEADER_ROW).getCell(4).getStringCellValue()).isEqualTo("Ўлчов бирлиги");
        }
        try (Workbook wb = open("f6_numbers_as_text.xlsx")) {
            assertThat(TemplateGrid.valueCell(wb.getSheetAt(0), "10.7", 1).getStringCellValue()).isEqualTo("1\u00A0200");
            assertThat(TemplateGrid.valueCell(wb.getSheetAt(0), "1.5", 1).getStringCellValue()).isEqualTo("12/340");
        }
    }

    @Test
    void givenTheFileCases_whenOpened_thenEncryptedNeedsItsPasswordAndTheOthersAreNotWorkbooks() throws IOException {
        assertThatThrownBy(() -> open("x1_password_protected.xlsx")).isInstanceOf(EncryptedDocumentException.class);
        try (Workbook wb = WorkbookFactory.create(dir.resolve("x1_password_protected.xlsx").toFile(), "secret", true)) {
            assertThat(meta(wb)).containsEntry("format", "libstats-return");
        }
        // x2: a zip's start (local header "PK\3\4") without its end: no central directory, so no zip reader opens it
        byte[] corrupt = Files.readAllBytes(dir.resolve("x2_corrupt_zip.xlsx"));
        assertThat(java.util.Arrays.copyOf(corrupt, 4)).containsExactly('P', 'K', 3, 4);
        assertThatThrownBy(() -> new java.util.zip.ZipFile(dir.resolve("x2_corrupt_zip.xlsx").toFile()).close())
                .isInstanceOf(java.util.zip.ZipException.class);
        assertThat(org.apache.poi.poifs.filesystem.FileMagic.valueOf(corrupt)).isEqualTo(org.apache.poi.poifs.filesystem.FileMagic.OOXML);
        // POI takes it for a workbook (not an unknown type) and fails reading the package
        assertThatThrownBy(() -> open("x2_corrupt_zip.xlsx")).isExactlyInstanceOf(IOException.class)
                .hasMessageNotContaining("unsupported file type");
        // x3: plain text, neither a zip nor an OLE2 file: POI says the type is unknown
        byte[] text = Files.readAllBytes(dir.resolve("x3_not_excel.xlsx"));
        assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(text)).toString()).isNotBlank();
        assertThat(org.apache.poi.poifs.filesystem.FileMagic.valueOf(text)).isEqualTo(org.apache.poi.poifs.filesystem.FileMagic.UNKNOWN);
        assertThatThrownBy(() -> open("x3_not_excel.xlsx")).isExactlyInstanceOf(IOException.class)
                .hasMessageContaining("unsupported file type");
        assertThat(Files.size(dir.resolve("x4_empty.xlsx"))).isZero();
        assertThat(Files.size(dir.resolve("~$x5_lock_file.xlsx"))).isEqualTo(162);
    }
}
