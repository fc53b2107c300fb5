package uz.natlib.libstats.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

class CsvReturnReaderTest {

    private static final String HEADER = "district,year,quarter,indicator,measure,value,note";
    private static final List<String> RETURN = List.of(
            HEADER,
            "1706246,2021,II,1.2,titles,12,",
            "1706246,2021,II,1.2,copies,340,",
            "1706246,2021,II,4.4,done,бажарилди,анкета ўтказилди");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private static byte[] csv(Charset charset, byte[] bom, List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes((String.join("\r\n", lines) + "\r\n").getBytes(charset));
        return out.toByteArray();
    }

    private static byte[] utf8(List<String> lines) {
        return csv(StandardCharsets.UTF_8, new byte[0], lines);
    }

    private static ReadingLimits limits(Integer rows, Integer columns, Integer cellText, DataSize fileSize) {
        return new ReadingLimits(fileSize, null, null, null, rows, columns, null, cellText, null, null);
    }

    private static List<String> withHeader(Stream<String> lines) {
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        lines.forEach(all::add);
        return all;
    }

    /** The return of RETURN, read whole: two figures, one answer with its note, the district and period. */
    private static void assertTheReturn(RawReturn raw) {
        assertThat(raw.findings()).isEmpty();
        assertThat(raw.format()).isEqualTo("csv");
        assertThat(raw.values()).extracting(RawValue::indicatorCode, RawValue::measureText, v -> v.cell().text(),
                v -> v.cell().cell()).containsExactly(
                tuple("1.2", "titles", "12", "line 2"),
                tuple("1.2", "copies", "340", "line 3"));
        assertThat(raw.statuses()).singleElement().satisfies(s -> {
            assertThat(s.indicatorCode()).isEqualTo("4.4");
            assertThat(s.done().text()).isEqualTo("бажарилди");
            assertThat(s.note().text()).isEqualTo("анкета ўтказилди");
        });
        assertThat(raw.identification().visible(Label.SOATO).map(RawCell::text)).contains("1706246");
        assertThat(raw.identification().visible(Label.QUARTER).map(RawCell::text)).contains("II");
    }

    /** Nothing handed on carries a NUL: not a text, not a quote in a finding, not a message. */
    private static void assertNoNul(RawReturn raw) {
        List<String> texts = new ArrayList<>();
        raw.values().forEach(v -> texts.addAll(List.of(v.indicatorCode(), v.measureText(), v.cell().text())));
        raw.statuses().forEach(s -> {
            texts.add(s.indicatorCode());
            if (s.done() != null) {
                texts.add(s.done().text());
            }
            if (s.note() != null) {
                texts.add(s.note().text());
            }
        });
        raw.identification().visible().values().forEach(c -> texts.add(c.text()));
        for (Finding f : raw.findings()) {
            texts.addAll(Stream.of(f.cell(), f.valueSeen(), f.message().cyrl(), f.message().latn(), f.message().en())
                    .filter(t -> t != null).toList());
        }
        assertThat(texts).noneMatch(t -> t.indexOf('\0') >= 0);
    }

    private static List<RuleId> rules(RawReturn raw) {
        return raw.findings().stream().map(Finding::rule).toList();
    }

    // Encodings

    @Test
    void givenTheSampleLongCsv_whenRead_thenEveryLineIsAFigureOrAnAnswer() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("sample-input/flawed/f2_long_format.csv"));
        long lines = new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();

        RawReturn raw = CsvReturnReader.read("f2_long_format.csv", bytes);

        assertThat(raw.findings()).isEmpty();
        assertThat(raw.values().size() + raw.statuses().size()).isEqualTo(lines - 1);
        assertThat(raw.statuses()).isNotEmpty();
        assertThat(raw.identification().visible(Label.YEAR).map(RawCell::text)).contains("2021");
    }

    @Test
    void givenUtf8WithoutBom_whenRead_thenEverythingIsRead() {
        assertTheReturn(CsvReturnReader.read("r.csv", utf8(RETURN)));
    }

    @Test
    void givenUtf8WithBom_whenRead_thenTheBomIsNotPartOfTheFirstColumn() {
        assertTheReturn(CsvReturnReader.read("r.csv", csv(StandardCharsets.UTF_8, UTF8_BOM, RETURN)));
    }

    @Test
    void givenUtf16LittleEndianWithBom_whenRead_thenEverythingIsRead() {
        assertTheReturn(CsvReturnReader.read("r.csv", csv(StandardCharsets.UTF_16LE, UTF16LE_BOM, RETURN)));
    }

    @Test
    void givenUtf16BigEndianWithBom_whenRead_thenEverythingIsRead() {
        assertTheReturn(CsvReturnReader.read("r.csv", csv(StandardCharsets.UTF_16BE, UTF16BE_BOM, RETURN)));
    }

    @Test
    void givenUtf16WithoutBom_whenRead_thenItsZeroBytesTellTheByteOrder() {
        assertTheReturn(CsvReturnReader.read("r.csv", csv(StandardCharsets.UTF_16LE, new byte[0], RETURN)));
        assertTheReturn(CsvReturnReader.read("r.csv", csv(StandardCharsets.UTF_16BE, new byte[0], RETURN)));
    }

    @Test
    void givenSemicolonsInUtf16_whenRead_thenTheDelimiterIsToldFromTheDecodedText() {
        List<String> semicolons = RETURN.stream().map(l -> l.replace(',', ';')).toList();
        assertTheReturn(CsvReturnReader.read("r.csv", csv(StandardCharsets.UTF_16LE, UTF16LE_BOM, semicolons)));
        assertTheReturn(CsvReturnReader.read("r.csv", csv(StandardCharsets.UTF_16LE, new byte[0], semicolons)));
    }

    @Test
    void givenExcelsUnicodeText_whenRead_thenTabsDelimit() {
        List<String> tabs = RETURN.stream().map(l -> l.replace(',', '\t')).toList();
        assertTheReturn(CsvReturnReader.read("r.txt", csv(StandardCharsets.UTF_16LE, UTF16LE_BOM, tabs)));
    }

    @Test
    void givenWindows1251_whenRead_thenOneUnknownEncodingFindingNamesTheFirstBadLine() {
        RawReturn raw = CsvReturnReader.read("r.csv", csv(Charset.forName("windows-1251"), new byte[0], RETURN));

        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.UNKNOWN_ENCODING);
            assertThat(f.isError()).isTrue();
            assertThat(f.cell()).isEqualTo("line 4");
            assertThat(f.message().en()).contains("CSV UTF-8 (Comma delimited)");
            assertThat(f.message().cyrl()).contains("4-қатор", "CSV UTF-8 (Comma delimited)");
        });
        assertThat(raw.values()).isEmpty();
        assertThat(raw.statuses()).isEmpty();
    }

    @Test
    void givenLatin1FarIntoTheFile_whenRead_thenTheFindingIsTheOnlyOneAndNamesItsLine() {
        List<String> lines = withHeader(Stream.concat(
                Stream.generate(() -> "1706246,2021,II,1.2,titles,12,").limit(300),
                Stream.of("1706246,2021,II,1.3,titles,1,café")));
        RawReturn raw = CsvReturnReader.read("r.csv", csv(StandardCharsets.ISO_8859_1, new byte[0], lines));

        assertThat(raw.findings()).extracting(Finding::rule, Finding::cell)
                .containsExactly(tuple(RuleId.UNKNOWN_ENCODING, "line 302"));
    }

    @Test
    void givenUtf32_whenRead_thenUnknownEncoding() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE, 0, 0};
        RawReturn raw = CsvReturnReader.read("r.csv", csv(Charset.forName("UTF-32LE"), bom, RETURN));

        assertThat(rules(raw)).containsExactly(RuleId.UNKNOWN_ENCODING);
    }

    // Control characters

    @Test
    void givenNulInAValue_whenRead_thenNotANumberAndTheNulIsReplaced() {
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(List.of(HEADER, "1706246,2021,II,1.2,titles,1\u00002,")));

        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.NOT_A_NUMBER);
            assertThat(f.isError()).isTrue();
            assertThat(f.cell()).isEqualTo("line 2");
            assertThat(f.valueSeen()).isEqualTo("1\\u00002");
            assertThat(f.message().en()).contains("NUL");
        });
        assertThat(raw.values()).singleElement().satisfies(v -> assertThat(v.cell().text()).isEqualTo("1\uFFFD2"));
        assertNoNul(raw);
    }

    @Test
    void givenNulAtTheEndOfAValue_whenRead_thenItIsNotSilentlyTrimmed() {
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(List.of(HEADER, "1706246,2021,II,1.2,titles,12\u0000,")));

        assertThat(rules(raw)).containsExactly(RuleId.NOT_A_NUMBER);
        assertNoNul(raw);
    }

    @Test
    void givenControlCharactersInANote_whenRead_thenAFindingOnThatLineAndTabsAndLineBreaksStay() {
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(List.of(HEADER,
                "1706246,2021,II,4.4,done,бажарилди,\"ан\u0000кета\u0007\"",
                "1706246,2021,II,4.5,done,бажарилди,\"бир\tикки\r\nуч\"")));

        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(CsvReturnReader.CONTROL_CHARACTER);
            assertThat(f.cell()).isEqualTo("line 2");
            assertThat(f.message().cyrl()).contains("2-қатор", "«note»", "NUL");
        });
        assertThat(raw.statuses()).extracting(s -> s.note().text())
                .containsExactly("ан\uFFFDкета\uFFFD", "бир\tикки\r\nуч");
        assertNoNul(raw);
    }

    @Test
    void givenNulInAnIdentifyingColumn_whenRead_thenNoNulReachesTheIdentification() {
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(List.of(HEADER, "17062\u000046,2021,II,1.2,titles,12,")));

        assertThat(rules(raw)).containsExactly(CsvReturnReader.CONTROL_CHARACTER);
        assertThat(raw.identification().visible(Label.SOATO).map(RawCell::text)).contains("17062\uFFFD46");
        assertNoNul(raw);
    }

    @Test
    void givenTheSameFaultOnManyLines_whenRead_thenFiftyAreListedAndOneCountsTheRest() {
        List<String> lines = withHeader(Stream.generate(() -> "1706246,2021,II,1.2,titles,1\u00002,").limit(120));
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(lines));

        assertThat(raw.findings()).hasSize(CsvReturnReader.FINDINGS_PER_RULE + 1)
                .allMatch(f -> f.rule() == RuleId.NOT_A_NUMBER);
        Finding summary = raw.findings().get(CsvReturnReader.FINDINGS_PER_RULE);
        assertThat(summary.cell()).isNull();
        assertThat(summary.message().en()).contains("70 more");
        assertThat(summary.message().cyrl()).contains("Яна 70 та қаторда");
    }

    // Limits

    @Test
    void givenMoreLinesThanTheLimit_whenRead_thenOneTooManyRowsAndReadingStops() {
        List<String> lines = withHeader(Stream.generate(() -> "1706246,2021,II,1.2,titles,12,").limit(20));
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(lines), limits(5, null, null, null));

        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.TOO_MANY_ROWS);
            assertThat(f.cell()).isEqualTo("line 6");
        });
        assertThat(raw.values()).hasSize(4);
    }

    @Test
    void givenALineWithTooManyFields_whenRead_thenTooManyColumnsOnThatLineAndTheRestIsRead() {
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(List.of(HEADER,
                "1706246,2021,II,1.2,titles,12,,,,,,",
                "1706246,2021,II,1.2,copies,340,")), limits(null, 10, null, null));

        assertThat(raw.findings()).extracting(Finding::rule, Finding::cell)
                .containsExactly(tuple(RuleId.TOO_MANY_COLUMNS, "line 2"));
        assertThat(raw.values()).hasSize(2);
    }

    @Test
    void givenATooLongCell_whenRead_thenTheTextHandedOnIsCutAndTheFindingQuotesLittle() {
        String note = "ҳ".repeat(5000);
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(List.of(HEADER,
                "1706246,2021,II,4.4,done,бажарилди," + note)));

        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.CELL_TEXT_TOO_LONG);
            assertThat(f.cell()).isEqualTo("line 2");
            assertThat(f.valueSeen()).hasSize(ShownText.QUOTE_LIMIT + 1);
            assertThat(f.message().cyrl()).contains("«note» устуни", "5000").hasSizeLessThan(700);
            assertThat(f.message().en()).hasSizeLessThan(700);
        });
        assertThat(raw.statuses()).singleElement()
                .satisfies(s -> assertThat(s.note().text()).hasSize(ReadingLimits.DEFAULTS.cellText()));
    }

    @Test
    void givenAFileLargerThanTheLimit_whenRead_thenFileTooLarge() {
        List<String> lines = withHeader(Stream.generate(() -> "1706246,2021,II,1.2,titles,12,").limit(100));
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(lines), limits(null, null, null, DataSize.ofKilobytes(1)));

        assertThat(rules(raw)).containsExactly(RuleId.FILE_TOO_LARGE);
        assertThat(raw.findings().get(0).message().cyrl()).contains("1 КБ");
    }

    // Malformed CSV

    @Test
    void givenAQuoteNeverClosed_whenRead_thenOneUnreadableFileFindingNamingItsLine() {
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(List.of(HEADER,
                "1706246,2021,II,1.2,titles,12,",
                "1706246,2021,II,4.4,done,бажарилди,\"анкета",
                "1706246,2021,II,1.2,copies,340,")));

        assertThat(raw.findings()).extracting(Finding::rule, Finding::cell)
                .containsExactly(tuple(RuleId.UNREADABLE_FILE, "line 3"));
        assertThat(raw.values()).hasSize(1);
    }

    @Test
    void givenTextAfterAClosingQuote_whenRead_thenUnreadableFile() {
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(List.of(HEADER,
                "1706246,2021,II,4.4,done,бажарилди,\"анкета\" ўтказилди")));

        assertThat(raw.findings()).extracting(Finding::rule, Finding::cell)
                .containsExactly(tuple(RuleId.UNREADABLE_FILE, "line 2"));
    }

    @Test
    void givenAQuoteNeverClosedInAHugeFile_whenRead_thenReadingStopsLongBeforeTheEnd() {
        CountingLines source = new CountingLines(HEADER + "\n1706246,2021,II,4.4,done,бажарилди,\"анкета\n",
                "1706246,2021,II,1.2,titles,12,\n", 1_000_000);

        RawReturn raw = CsvReturnReader.read("r.csv", source, ReadingLimits.DEFAULTS);

        assertThat(raw.findings()).extracting(Finding::rule, Finding::cell)
                .containsExactly(tuple(RuleId.UNREADABLE_FILE, "line 2"));
        assertThat(source.bytesRead()).isLessThan(1_000_000);
    }

    @Test
    void givenNoHeader_whenRead_thenNoReturnTable() {
        assertThat(rules(CsvReturnReader.read("r.csv", utf8(List.of("", ""))))).containsExactly(RuleId.NO_RETURN_TABLE);
        assertThat(rules(CsvReturnReader.read("r.csv", utf8(List.of("a,b", "1,2"))))).containsExactly(RuleId.NO_RETURN_TABLE);
    }

    @Test
    void givenBlankAndEmptyFieldLines_whenRead_thenTheyAreSkipped() {
        List<String> lines = new ArrayList<>(RETURN);
        lines.add(2, "");
        lines.add(",,,,,,");
        RawReturn raw = CsvReturnReader.read("r.csv", utf8(lines));

        assertThat(raw.findings()).isEmpty();
        assertThat(raw.values()).extracting(v -> v.cell().cell()).containsExactly("line 2", "line 4");
    }

    // A million lines

    @Test
    void givenAMillionLinesAsAStream_whenRead_thenRefusedQuicklyWithoutReadingThemAll() {
        CountingLines source = new CountingLines(HEADER + "\n", "1706246,2021,II,1.2,titles,12,\n", 1_000_000);

        RawReturn raw = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CsvReturnReader.read("r.csv", source, ReadingLimits.DEFAULTS));

        assertThat(rules(raw)).containsExactly(RuleId.TOO_MANY_ROWS);
        assertThat(source.bytesRead()).isLessThan(1_000_000);
    }

    @Test
    void givenAMillionLinesAsBytes_whenRead_thenTooManyRowsQuickly() throws Exception {
        byte[] bytes = new CountingLines(HEADER + "\n", "1706246,2021,II,1.2,titles,12,\n", 1_000_000).readAllBytes();

        RawReturn raw = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CsvReturnReader.read("r.csv", bytes));

        assertThat(rules(raw)).containsExactly(RuleId.TOO_MANY_ROWS);
        assertThat(raw.values()).hasSize(ReadingLimits.DEFAULTS.rows() - 1);
    }

    /** A CSV made line by line as it is read: a first part, then one line repeated, never held whole. */
    private static final class CountingLines extends InputStream {

        private final byte[] first;
        private final byte[] line;
        private final long lines;
        private long served;
        private long bytesRead;
        private byte[] current;
        private int at;

        CountingLines(String first, String line, long lines) {
            this.first = first.getBytes(StandardCharsets.UTF_8);
            this.line = line.getBytes(StandardCharsets.UTF_8);
            this.lines = lines;
            this.current = this.first;
        }

        long bytesRead() {
            return bytesRead;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (at == current.length) {
                if (served == lines) {
                    return -1;
                }
                served++;
                current = line;
                at = 0;
            }
            int n = Math.min(length, current.length - at);
            System.arraycopy(current, at, buffer, offset, n);
            at += n;
            bytesRead += n;
            return n;
        }
    }
}
