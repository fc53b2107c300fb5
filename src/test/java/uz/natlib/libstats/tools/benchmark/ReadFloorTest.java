package uz.natlib.libstats.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFloorTest {

    @TempDir
    Path dir;

    /** A workbook's parts: two worksheets and the shared strings to scan, four parts to leave alone. */
    private static Map<String, String> tinyWorkbook() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types><Default/></Types>");
        parts.put("xl/workbook.xml", "<workbook><sheets/></workbook>");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>");
        parts.put("xl/worksheets/_rels/sheet1.xml.rels", "<Relationships/>");
        parts.put("xl/worksheets/sheet2.xml", "<worksheet/>");
        parts.put("xl/sharedStrings.xml", "<sst><si><t>Жондор</t></si></sst>");
        parts.put("xl/styles.xml", "<styleSheet/>");
        return parts;
    }

    private Path write(String name, Map<String, String> parts) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void givenATinyWorkbook_whenScanned_thenItsWorksheetsAndSharedStringsAreReadWholeAndNothingElse() throws IOException {
        Path file = write("tiny.xlsx", tinyWorkbook());

        ReadFloor.Scan scan = ReadFloor.scan(file, new byte[16]);

        assertThat(scan.files()).isEqualTo(1);
        assertThat(scan.parts()).isEqualTo(3);
        // sheet1: 58 bytes, 5 '<'; sheet2: 12 bytes, 1 '<'; shared strings: 27 ASCII bytes + 6 Cyrillic letters of 2 bytes, 6 '<'
        assertThat(scan.bytes()).isEqualTo(58 + 12 + 39);
        assertThat(scan.tags()).isEqualTo(12);
    }

    @Test
    void givenAWorksheetLargerThanTheBuffer_whenScanned_thenEveryByteIsSeen() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/worksheets/sheet1.xml", "<c/>".repeat(30_000));
        Path file = write("large.xlsx", parts);

        ReadFloor.Scan scan = ReadFloor.scan(file, new byte[64 * 1024]);

        assertThat(scan.parts()).isEqualTo(1);
        assertThat(scan.bytes()).isEqualTo(120_000);
        assertThat(scan.tags()).isEqualTo(30_000);
    }

    @Test
    void givenFilesOnTwoThreads_whenMeasured_thenEveryFileIsScannedOnceAndTimed() throws Exception {
        List<Path> files = List.of(write("a.xlsx", tinyWorkbook()), write("b.xlsx", tinyWorkbook()),
                write("c.xlsx", tinyWorkbook()));

        ReadFloor.Scan scan = ReadFloor.measure(files, 2);

        assertThat(scan.files()).isEqualTo(3);
        assertThat(scan.parts()).isEqualTo(9);
        assertThat(scan.tags()).isEqualTo(36);
        assertThat(scan.seconds()).isPositive();
    }

    @Test
    void givenAFileThatIsNoZip_whenMeasured_thenItSaysWhichFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a zip");

        assertThatThrownBy(() -> ReadFloor.measure(List.of(broken), 1))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("broken.xlsx");
    }

    @Test
    void givenPartNames_whenAsked_thenOnlyWorksheetsAndSharedStringsHoldCells() {
        assertThat(ReadFloor.holdsCells("xl/worksheets/sheet12.xml")).isTrue();
        assertThat(ReadFloor.holdsCells("xl/sharedStrings.xml")).isTrue();
        assertThat(ReadFloor.holdsCells("xl/worksheets/_rels/sheet1.xml.rels")).isFalse();
        assertThat(ReadFloor.holdsCells("xl/worksheets/deeper/sheet1.xml")).isFalse();
        assertThat(ReadFloor.holdsCells("xl/styles.xml")).isFalse();
        assertThat(ReadFloor.holdsCells("xl/workbook.xml")).isFalse();
    }
}
