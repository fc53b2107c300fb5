package uz.natlib.libstats.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;

/**
 * Which reader a file goes to and the guards every reader shares, each at its boundary: a limit
 * reached exactly passes, one more is refused; legacy .xls workbooks behind the same guards as
 * .xlsx; empty, encrypted, damaged and foreign files each with their own finding.
 */
class ReturnFileReaderMutationTest {

    private static ReadingLimits limits(DataSize fileSize, Integer sheets, Integer rows, Integer columns, Integer cells,
                                        Integer cellText, Integer numberDigits) {
        return new ReadingLimits(fileSize, null, null, sheets, rows, columns, cells, cellText, numberDigits, null);
    }

    private static List<RuleId> rules(RawReturn raw) {
        return raw.findings().stream().map(Finding::rule).toList();
    }

    private static RuleId broken(Runnable action) {
        try {
            action.run();
        } catch (LimitBroken e) {
            return e.finding().rule();
        }
        return null;
    }

    @Test
    void givenSheetsRowsColumnsAndCellsAtTheLimits_whenGuarded_thenTheLimitPassesAndOneMoreIsRefused() {
        CellGuard guard = new CellGuard(limits(null, 2, 3, 3, 4, 5, 3));
        guard.sheet("a");
        guard.sheet("b");
        assertThat(broken(() -> guard.sheet("c"))).isEqualTo(RuleId.TOO_MANY_SHEETS);
        guard.row("a", 3);
        assertThat(broken(() -> guard.row("a", 4))).isEqualTo(RuleId.TOO_MANY_ROWS);
        assertThat(guard.cell("a", 0, 2, "x", false, false)).isEqualTo(new RawCell("a", "C1", "x", false, false));
        assertThat(broken(() -> guard.cell("a", 0, 3, "x", false, false))).isEqualTo(RuleId.TOO_MANY_COLUMNS);
        assertThat(guard.cell("a", 1, 0, "12345", false, false)).isNotNull();
        assertThat(guard.cell("a", 2, 0, "123", true, true)).isEqualTo(new RawCell("a", "A3", "123", true, true));
        assertThat(guard.cell("a", 3, 0, "y", false, false)).isNotNull(); // the fourth cell: the limit
        assertThat(broken(() -> guard.cell("a", 4, 0, "z", false, false))).isEqualTo(RuleId.TOO_MANY_CELLS);
        assertThat(guard.findings()).isEmpty();
    }

    @Test
    void givenATextOneCharacterTooLong_whenGuarded_thenLeftOutWithAFinding() {
        CellGuard guard = new CellGuard(limits(null, null, null, null, null, 5, null));
        assertThat(guard.cell("a", 0, 0, "123456", false, false)).isNull();
        assertThat(guard.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.CELL_TEXT_TOO_LONG);
            assertThat(f.cell()).isEqualTo("A1");
            assertThat(f.message().en()).startsWith("The cell's text is too long (6 characters, at most 5)");
        });
    }

    @Test
    void givenNumbersAroundTheDigitLimit_whenCounted_thenWholeAndFractionDigitsEachAtMostTheLimit() {
        CellGuard guard = new CellGuard(limits(null, null, null, null, null, null, 3));
        assertThat(guard.tooManyDigits("999")).isFalse();
        assertThat(guard.tooManyDigits("1000")).isTrue();
        assertThat(guard.tooManyDigits("1E+2")).isFalse();
        assertThat(guard.tooManyDigits("1E+3")).isTrue();
        assertThat(guard.tooManyDigits("0.123")).isFalse();
        assertThat(guard.tooManyDigits("0.1234")).isTrue();
        assertThat(guard.tooManyDigits("000000000001")).isFalse(); // 12 characters: 4 × 3, still counted
        assertThat(guard.tooManyDigits("0000000000001")).isTrue(); // 13: refused unread
        assertThat(guard.tooManyDigits("abc")).isFalse();

        assertThat(guard.cell("a", 0, 0, "1000", true, false)).isNull();
        assertThat(guard.cell("a", 0, 1, "1000", false, false)).isNotNull(); // a text is not counted as a number
        assertThat(guard.findings()).extracting(Finding::rule).containsExactly(RuleId.NUMBER_TOO_LONG);
    }

    @Test
    void givenFiftyCellFindings_whenGuarded_thenTheFiftiethStopsTheReading() {
        CellGuard guard = new CellGuard(limits(null, null, null, null, null, 1, null));
        for (int i = 0; i < 49; i++) {
            guard.cell("a", i, 0, "xx", false, false);
        }
        assertThat(guard.findings()).hasSize(49);
        assertThat(broken(() -> guard.cell("a", 49, 0, "xx", false, false))).isEqualTo(RuleId.CELL_TEXT_TOO_LONG);
        assertThat(guard.findings()).hasSize(50);
    }

    private static final byte[] CSV = ("district,year,quarter,indicator,measure,value,note\r\n"
            + "1706246,2021,II,1.2,copies,340,\r\n").getBytes(StandardCharsets.UTF_8);

    @Test
    void givenFilesBySizeAndName_whenRead_thenEmptyTooLargeCsvOrNeither() {
        ReturnFileReader reader = new ReturnFileReader(limits(DataSize.ofBytes(CSV.length), null, null, null, null,
                null, null));
        assertThat(rules(reader.read("r.csv", new byte[0]))).containsExactly(RuleId.EMPTY_FILE);
        RawReturn exactly = reader.read("r.csv", CSV);
        assertThat(exactly.format()).isEqualTo("csv");
        assertThat(exactly.findings()).isEmpty();
        assertThat(exactly.values()).hasSize(1);
        assertThat(reader.read("R.TXT", CSV).format()).isEqualTo("csv");
        byte[] oneMore = (new String(CSV, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        assertThat(rules(reader.read("r.csv", oneMore))).containsExactly(RuleId.FILE_TOO_LARGE);
        RawReturn foreign = reader.read("r.dat", CSV);
        assertThat(foreign.format()).isEqualTo("unknown");
        assertThat(rules(foreign)).containsExactly(RuleId.UNREADABLE_FILE);
        assertThat(foreign.findings().get(0).message().en()).startsWith("This file is neither an Excel workbook nor a CSV")
                .contains("r.dat");
        assertThat(ReturnFileReader.tooLarge(ReadingLimits.DEFAULTS).en()).startsWith("The file is too large (more than 10 MB)");
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Workbook filled(Workbook workbook, int sheets, int rows) {
        for (int s = 0; s < sheets; s++) {
            Sheet sheet = workbook.createSheet("S" + s);
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("text " + r);
                row.createCell(1).setCellValue(1200.5 + r);
                row.createCell(2).setCellValue(true);
            }
        }
        return workbook;
    }

    @Test
    void givenLegacyXlsWorkbooks_whenRead_thenTheSameGuardsAsForXlsx() throws IOException {
        byte[] xls = bytes(filled(new HSSFWorkbook(), 2, 3));
        ReturnFileReader twoSheets = new ReturnFileReader(limits(null, 2, 3, null, null, null, null));
        assertThat(twoSheets.read("r.xls", xls).format()).isEqualTo("xls");
        assertThat(rules(twoSheets.read("r.xls", xls))).doesNotContain(RuleId.TOO_MANY_SHEETS, RuleId.TOO_MANY_ROWS);
        assertThat(rules(new ReturnFileReader(limits(null, 1, null, null, null, null, null)).read("r.xls", xls)))
                .containsExactly(RuleId.TOO_MANY_SHEETS);
        assertThat(rules(new ReturnFileReader(limits(null, null, 2, null, null, null, null)).read("r.xls", xls)))
                .containsExactly(RuleId.TOO_MANY_ROWS);
        // the number 1200.5 has 4 whole digits: at most 3 refuses it, cell B1
        RawReturn digits = new ReturnFileReader(limits(null, null, null, null, null, null, 3)).read("r.xls", xls);
        assertThat(digits.findings()).filteredOn(f -> f.rule() == RuleId.NUMBER_TOO_LONG).first()
                .satisfies(f -> {
                    assertThat(f.cell()).isEqualTo("B1");
                    assertThat(f.valueSeen()).isEqualTo("1200.5");
                });
        // "text 0" has 6 characters, "true" 4: at most 5 refuses the texts only
        RawReturn texts = new ReturnFileReader(limits(null, null, null, null, null, 5, null)).read("r.xls", xls);
        assertThat(texts.findings()).filteredOn(f -> f.rule() == RuleId.CELL_TEXT_TOO_LONG).extracting(Finding::cell)
                .contains("A1", "A2", "A3").doesNotContain("C1");
        assertThat(rules(new ReturnFileReader(limits(null, null, null, null, null, null, null)).read("r.xls", xls)))
                .doesNotContain(RuleId.UNREADABLE_FILE, RuleId.CELL_TEXT_TOO_LONG, RuleId.NUMBER_TOO_LONG);
    }

    @Test
    void givenAnEncryptedOrDamagedWorkbook_whenRead_thenItsOwnFinding() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.writeFilesystem(out);
        }
        ReturnFileReader reader = new ReturnFileReader(ReadingLimits.DEFAULTS);
        assertThat(rules(reader.read("r.xlsx", out.toByteArray()))).containsExactly(RuleId.ENCRYPTED_FILE);

        ByteArrayOutputStream package2 = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(package2);
        }
        assertThat(rules(reader.read("r.xlsx", package2.toByteArray()))).containsExactly(RuleId.ENCRYPTED_FILE);

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "Something");
            fs.writeFilesystem(plain);
        }
        RawReturn notAWorkbook = reader.read("r.xls", plain.toByteArray());
        assertThat(rules(notAWorkbook)).containsExactly(RuleId.UNREADABLE_FILE);
        assertThat(notAWorkbook.findings().get(0).message().en()).startsWith("The file cannot be read: it is damaged")
                .contains("Exception");
    }

    @Test
    void givenTablesThatAreNoReturn_whenTheFirstVisibleSheetIsRead_thenHiddenSheetsAreSkipped() throws Exception {
        XSSFWorkbook workbook = (XSSFWorkbook) filled(new XSSFWorkbook(), 2, 1);
        workbook.setSheetHidden(0, true);
        byte[] xlsx = bytes(workbook);

        assertThat(TableSheet.isXlsx(xlsx)).isTrue();
        assertThat(TableSheet.isXlsx(CSV)).isFalse();
        assertThat(TableSheet.firstVisible(xlsx, ReadingLimits.DEFAULTS).name()).isEqualTo("S1");
        assertThatThrownBy(() -> TableSheet.firstVisible(xlsx, limits(DataSize.ofBytes(xlsx.length - 1), null, null,
                null, null, null, null))).isInstanceOf(TableSheet.Unreadable.class).hasMessageStartingWith("The file is too large");
        assertThat(TableSheet.firstVisible(xlsx, limits(DataSize.ofBytes(xlsx.length), null, null, null, null, null,
                null)).name()).isEqualTo("S1");
        assertThatThrownBy(() -> TableSheet.firstVisible(xlsx, limits(null, 1, null, null, null, null, null)))
                .isInstanceOf(TableSheet.Unreadable.class).hasMessageContaining("too many sheets");

        XSSFWorkbook hidden = (XSSFWorkbook) filled(new XSSFWorkbook(), 1, 1);
        hidden.createSheet("S9");
        hidden.setSheetHidden(0, true);
        hidden.setSheetHidden(1, true);
        byte[] allHidden = bytes(hidden);
        assertThatThrownBy(() -> TableSheet.firstVisible(allHidden, ReadingLimits.DEFAULTS))
                .isInstanceOf(TableSheet.Unreadable.class).hasMessage("The workbook has no visible sheet.")
                .satisfies(e -> assertThat(((TableSheet.Unreadable) e).reason().cyrl()).contains("варақ йўқ"));
        byte[] damaged = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);
        assertThatThrownBy(() -> TableSheet.firstVisible(damaged, ReadingLimits.DEFAULTS))
                .isInstanceOf(TableSheet.Unreadable.class);
    }
}
