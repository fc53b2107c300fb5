package uz.natlib.libstats.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;

/**
 * A real sample return, altered the way a careless or hostile sender might: each alteration is
 * one finding, reading stays bounded, and the rest of the file is still read.
 */
class HostileWorkbookReadingTest {

    private static final Path SAMPLE = Path.of("sample-input/1706-buxoro-viloyati/1706204_olot-tumani_2021_Q1.xlsx");

    private final ReturnFileReader reader = new ReturnFileReader(ReadingLimits.DEFAULTS);

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(SAMPLE);
    }

    private RawReturn read(byte[] bytes) {
        return reader.read("return.xlsx", bytes);
    }

    private static ReadingLimits limits(Integer sheets, Integer rows, Integer columns, Integer parts) {
        return new ReadingLimits(null, null, parts, sheets, rows, columns, null, null, null, null);
    }

    private RawValue firstValue() throws IOException {
        return read(sample()).values().get(0);
    }

    @Test
    void givenTheSampleUnchanged_whenRead_thenNoFindings() throws IOException {
        RawReturn raw = read(sample());
        assertThat(raw.findings()).isEmpty();
        assertThat(raw.values()).hasSizeGreaterThan(50);
    }

    @Test
    void givenADateInACountCell_whenRead_thenThatCellIsOneFindingNamingTheDateAndTheRestIsRead() throws IOException {
        RawValue first = firstValue();
        byte[] altered = edit(sample(), workbook -> {
            Cell cell = cell(workbook, first.cell());
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            cell.setCellValue(LocalDate.of(2021, 3, 1));
            cell.setCellStyle(date);
        });

        RawReturn raw = read(altered);

        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.DATE_IN_VALUE_CELL);
            assertThat(f.cell()).isEqualTo(first.cell().cell());
            assertThat(f.valueSeen()).isEqualTo("44256");
            assertThat(f.message().en()).contains("2021-03-01", "44256");
        });
        assertThat(raw.values()).hasSize(read(sample()).values().size() - 1);
    }

    @Test
    void givenNaNStoredInANumberCell_whenRead_thenTheCellIsReadAsTextNotTheWorkbookAsDamaged() throws IOException {
        RawValue first = firstValue();

        RawReturn raw = read(replaceValue(sample(), first.cell().cell(), "NaN"));

        assertThat(raw.findings()).isEmpty();
        assertThat(raw.values()).filteredOn(v -> v.cell().cell().equals(first.cell().cell())).singleElement()
                .satisfies(v -> {
                    assertThat(v.cell().text()).isEqualTo("NaN");
                    assertThat(v.cell().numeric()).isFalse();
                });
    }

    @Test
    void givenANumberWithABillionDigits_whenRead_thenOneFindingAtOnceAndNeverWrittenOut() throws IOException {
        RawValue first = firstValue();
        long start = System.nanoTime();

        RawReturn raw = read(replaceValue(sample(), first.cell().cell(), "1E+999999999"));

        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(5_000_000_000L);
        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.NUMBER_TOO_LONG);
            assertThat(f.cell()).isEqualTo(first.cell().cell());
        });
        assertThat(raw.values()).noneMatch(v -> v.cell().cell().equals(first.cell().cell()));
    }

    @Test
    void givenACellOfElevenThousandCharacters_whenRead_thenOneFindingQuotingAtMostAFewHundred() throws IOException {
        String note = "ы".repeat(11_000);
        byte[] altered = edit(sample(), workbook -> workbook.getSheetAt(0).getRow(30).createCell(12).setCellValue(note));

        RawReturn raw = read(altered);

        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.CELL_TEXT_TOO_LONG);
            assertThat(f.cell()).isEqualTo("M31");
            assertThat(f.message().cyrl().length()).isLessThan(600);
            assertThat(f.message().en().length()).isLessThan(600);
            assertThat(f.valueSeen().length()).isLessThanOrEqualTo(201);
        });
    }

    @Test
    void givenACellPointingFarBeyondTheSharedStrings_whenRead_thenRefusedAtOnceAsDamaged() throws IOException {
        Map<String, byte[]> entries = entries(sample());
        boolean replaced = false;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String xml = new String(entry.getValue(), StandardCharsets.UTF_8);
            // The sample writes its texts inline: its first one becomes a cell naming shared text 2^31-1.
            Matcher inline = Pattern.compile("t=\"inlineStr\"><is><t>[^<]*</t></is>").matcher(xml);
            if (entry.getKey().startsWith("xl/worksheets/") && inline.find()) {
                entry.setValue(inline.replaceFirst("t=\"s\"><v>2147483647</v>").getBytes(StandardCharsets.UTF_8));
                replaced = true;
            }
        }
        assertThat(replaced).as("a shared-string cell in the sample").isTrue();
        long start = System.nanoTime();

        RawReturn raw = read(zip(entries, null, null));

        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(5_000_000_000L);
        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.UNREADABLE_FILE);
            assertThat(f.message().en()).contains("2147483647");
        });
    }

    @Test
    void givenTwoZipEntriesOfTheSameName_whenRead_thenRefusedAsAmbiguous() throws IOException {
        Map<String, byte[]> entries = entries(sample());
        String sheet = entries.keySet().stream().filter(n -> n.startsWith("xl/worksheets/")).findFirst().orElseThrow();

        RawReturn raw = read(zip(entries, sheet, "<worksheet/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(raw.findings()).extracting(Finding::rule).containsExactly(RuleId.AMBIGUOUS_ARCHIVE);
        assertThat(raw.values()).isEmpty();
    }

    @Test
    void givenAZipBombPart_whenRead_thenRefusedBeforeParsingWhateverItsHeadersSay() throws IOException {
        byte[] bomb = zip(entries(sample()), "xl/media/zeros.bin", new byte[25 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        RawReturn raw = read(bomb);

        assertThat(raw.findings()).extracting(Finding::rule).containsExactly(RuleId.UNPACKS_TOO_LARGE);
    }

    @Test
    void givenEachStructuralLimitLowered_whenRead_thenItsOwnFinding() throws IOException {
        byte[] bytes = sample();
        assertThat(rules(new ReturnFileReader(limits(1, null, null, null)).read("r.xlsx", bytes)))
                .containsExactly(RuleId.TOO_MANY_SHEETS);
        assertThat(rules(new ReturnFileReader(limits(null, 10, null, null)).read("r.xlsx", bytes)))
                .containsExactly(RuleId.TOO_MANY_ROWS);
        assertThat(rules(new ReturnFileReader(limits(null, null, 3, null)).read("r.xlsx", bytes)))
                .containsExactly(RuleId.TOO_MANY_COLUMNS);
        assertThat(rules(new ReturnFileReader(limits(null, null, null, 3)).read("r.xlsx", bytes)))
                .containsExactly(RuleId.TOO_MANY_PARTS);
        ReadingLimits tiny = new ReadingLimits(DataSize.ofBytes(100), null, null, null, null, null, null, null, null, null);
        assertThat(rules(new ReturnFileReader(tiny).read("r.xlsx", bytes))).containsExactly(RuleId.FILE_TOO_LARGE);
        assertThat(RuleId.TOO_MANY_ROWS.isLimit()).isTrue();
        assertThat(RuleId.DATE_IN_VALUE_CELL.isLimit()).isFalse();
    }

    @Test
    void givenNumbersOfManyDigits_whenGuarded_thenCountedWithoutWritingThemOut() {
        CellGuard guard = new CellGuard(ReadingLimits.DEFAULTS);
        assertThat(guard.tooManyDigits("1E+999999999")).isTrue();
        assertThat(guard.tooManyDigits("1E-999999999")).isTrue();
        assertThat(guard.tooManyDigits("123456789012345678901")).isTrue();
        assertThat(guard.tooManyDigits("12345678901234567890")).isFalse();
        assertThat(guard.tooManyDigits("3959.7")).isFalse();
        assertThat(guard.tooManyDigits("7.3E1")).isFalse();
    }

    private static java.util.List<RuleId> rules(RawReturn raw) {
        return raw.findings().stream().map(Finding::rule).toList();
    }

    private interface Edit {
        void apply(Workbook workbook);
    }

    private static byte[] edit(byte[] bytes, Edit edit) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Cell cell(Workbook workbook, RawCell raw) {
        CellReference ref = new CellReference(raw.cell());
        return workbook.getSheet(raw.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** Writes a stored number into a cell's XML as it is, which no spreadsheet program would. */
    private static byte[] replaceValue(byte[] bytes, String ref, String stored) throws IOException {
        Map<String, byte[]> entries = entries(bytes);
        Pattern cell = Pattern.compile("(<c r=\"" + ref + "\"[^>]*>(?:<f>[^<]*</f>)?<v>)[^<]*(</v>)");
        boolean replaced = false;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("xl/worksheets/")) {
                Matcher m = cell.matcher(new String(entry.getValue(), StandardCharsets.UTF_8));
                if (m.find()) {
                    entry.setValue(m.replaceFirst("$1" + Matcher.quoteReplacement(stored) + "$2")
                            .getBytes(StandardCharsets.UTF_8));
                    replaced = true;
                }
            }
        }
        assertThat(replaced).as("cell %s found in the sheet XML", ref).isTrue();
        return zip(entries, null, null);
    }

    private static Map<String, byte[]> entries(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** The entries, plus one more (possibly of a name already there: commons-compress allows it). */
    private static byte[] zip(Map<String, byte[]> entries, String extraName, byte[] extra) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
            if (extraName != null) {
                put(zip, extraName, extra);
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipArchiveOutputStream zip, String name, byte[] content) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        try (InputStream in = new ByteArrayInputStream(content)) {
            in.transferTo(zip);
        }
        zip.closeArchiveEntry();
    }
}
