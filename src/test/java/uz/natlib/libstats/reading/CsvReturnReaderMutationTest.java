package uz.natlib.libstats.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;

/**
 * The CSV reader at its boundaries, each expected finding written by hand: a limit reached
 * exactly is no finding, one past it is; a header without the optional note column is fine, one
 * without a required column stops the reading; the delimiter is the one the first non-blank
 * line uses most, comma on a tie; sizes in messages are whole megabytes, kilobytes or bytes.
 */
class CsvReturnReaderMutationTest {

    private static final String HEADER = "district,year,quarter,indicator,measure,value,note";

    private static RawReturn read(String text, ReadingLimits limits) {
        return CsvReturnReader.read("r.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limits);
    }

    private static RawReturn read(String text) {
        return read(text, ReadingLimits.DEFAULTS);
    }

    private static ReadingLimits limits(Integer columns, Integer cellText, DataSize fileSize) {
        return new ReadingLimits(fileSize, null, null, null, null, columns, null, cellText, null, null);
    }

    private static List<RuleId> rules(RawReturn raw) {
        return raw.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void givenFieldsAndTextsExactlyAtTheLimits_whenRead_thenNoFindingAndOnePastThemAFinding() {
        // 7 fields allowed, texts of 9 characters allowed: "indicator" and the note are exactly 9
        RawReturn atLimit = read(HEADER + "\r\n1706246,2021,II,1.2,copies,12345,abcdefghi\r\n", limits(7, 9, null));
        assertThat(rules(atLimit)).isEmpty();
        assertThat(atLimit.values()).singleElement().satisfies(v -> assertThat(v.cell().text()).isEqualTo("12345"));

        RawReturn textTooLong = read(HEADER + "\r\n1706246,2021,II,1.2,copies,12,abcdefghij\r\n", limits(7, 9, null));
        assertThat(rules(textTooLong)).containsExactly(RuleId.CELL_TEXT_TOO_LONG);
        assertThat(textTooLong.findings().get(0).message().en())
                .startsWith("Line 2, column «note»: the text is 10 characters long, more than the 9 allowed");

        RawReturn fieldTooMany = read(HEADER + "\r\n1706246,2021,II,1.2,copies,12,,\r\n", limits(7, null, null));
        assertThat(rules(fieldTooMany)).containsExactly(RuleId.TOO_MANY_COLUMNS);
    }

    @Test
    void givenALongTextInAColumnWithoutAName_whenRead_thenTheFindingNumbersTheColumn() {
        RawReturn raw = read(HEADER + ",\r\n1706246,2021,II,1.2,copies,12,,abcdefghij\r\n", limits(null, 9, null));
        assertThat(rules(raw)).containsExactly(RuleId.CELL_TEXT_TOO_LONG);
        assertThat(raw.findings().get(0).message().en()).startsWith("Line 2, column 8: the text is 10 characters long");
        assertThat(raw.findings().get(0).message().cyrl()).startsWith("2-қатор, 8-устун: матн 10 та белгидан");
        assertThat(raw.findings().get(0).cell()).isEqualTo("line 2");
    }

    @Test
    void givenATextCutInsideAnEmoji_whenRead_thenItIsCutBeforeTheWholePair() {
        // limit 9: the ninth character is the first half of 😀, so the note handed on keeps eight
        RawReturn raw = read(HEADER + "\r\n1706246,2021,II,4.4,done,бажарилди,abcdefgh😀xyz\r\n", limits(null, 9, null));
        assertThat(raw.statuses()).singleElement().satisfies(s -> assertThat(s.note().text()).isEqualTo("abcdefgh"));
        // exactly at the limit: kept whole
        RawReturn whole = read(HEADER + "\r\n1706246,2021,II,4.4,done,ha,abcdefgh😀\r\n", limits(null, 10, null));
        assertThat(whole.findings()).isEmpty();
        assertThat(whole.statuses()).singleElement().satisfies(s -> assertThat(s.note().text()).isEqualTo("abcdefgh😀"));
    }

    @Test
    void givenAHeaderWithoutTheNoteColumn_whenRead_thenTheFiguresAreRead() {
        RawReturn raw = read("district,year,quarter,indicator,measure,value\r\n1706246,2021,II,1.2,copies,340\r\n");
        assertThat(raw.findings()).isEmpty();
        assertThat(raw.values()).singleElement().satisfies(v -> assertThat(v.cell().text()).isEqualTo("340"));
    }

    @Test
    void givenALineShorterThanTheHeader_whenRead_thenTheMissingNoteIsBlank() {
        RawReturn raw = read(HEADER + "\r\n1706246,2021,II,4.4,done,бажарилди\r\n");
        assertThat(raw.findings()).isEmpty();
        assertThat(raw.statuses()).singleElement().satisfies(s -> assertThat(s.note()).isNull());
    }

    @Test
    void givenAHeaderWithoutAMeasureColumn_whenRead_thenOneFindingAndNoLineAfterItIsRead() {
        RawReturn raw = read("district,year,quarter,indicator,value,note\r\n1706246,2021,II,1.2,340,\r\n");
        assertThat(rules(raw)).containsExactly(RuleId.NO_RETURN_TABLE);
        assertThat(raw.findings().get(0).message().en()).contains("lacks the columns [measure]");
        assertThat(raw.values()).isEmpty();
        assertThat(raw.identification().visible()).isEmpty();
    }

    @Test
    void givenAColumnNamedTwice_whenRead_thenOneFindingAndNothingRead() {
        RawReturn raw = read(HEADER + ",value\r\n1706246,2021,II,1.2,copies,340,,341\r\n");
        assertThat(rules(raw)).containsExactly(RuleId.NO_RETURN_TABLE);
        assertThat(raw.findings().get(0).message().en()).contains("names [value] twice");
        assertThat(raw.values()).isEmpty();
    }

    @Test
    void givenBlankLinesBeforeASemicolonHeader_whenRead_thenTheDelimiterComesFromTheHeader() {
        RawReturn raw = read("\r\n  \r\n" + HEADER.replace(',', ';') + "\r\n1706246;2021;II;1.2;copies;1,5;\r\n");
        assertThat(raw.findings()).isEmpty();
        assertThat(raw.values()).singleElement().satisfies(v -> assertThat(v.cell().text()).isEqualTo("1,5"));
    }

    @Test
    void givenAsManySemicolonsAsCommas_whenRead_thenTheCommaWins() {
        // six commas and six semicolons: the comma is taken, the last column is named "note;;;;;;" (no note column)
        RawReturn raw = read(HEADER + ";;;;;;\r\n1706246,2021,II,1.2,copies,340\r\n");
        assertThat(raw.findings()).isEmpty();
        assertThat(raw.values()).singleElement().satisfies(v -> assertThat(v.cell().text()).isEqualTo("340"));

        RawReturn tabs = read(HEADER.replace(',', '\t') + "\r\n1706246\t2021\tII\t1.2\tcopies\t1,5\t\r\n");
        assertThat(tabs.findings()).isEmpty();
        assertThat(tabs.values()).singleElement().satisfies(v -> assertThat(v.cell().text()).isEqualTo("1,5"));
    }

    @Test
    void givenAValueStartingWithAControlCharacter_whenRead_thenNotANumberAndTheCharacterReplaced() {
        RawReturn raw = read(HEADER + "\r\n1706246,2021,II,1.2,copies,\u000112,\r\n");
        assertThat(rules(raw)).containsExactly(RuleId.NOT_A_NUMBER);
        assertThat(raw.findings().get(0).message().en()).contains("(U+0001)");
        assertThat(raw.values()).singleElement().satisfies(v -> assertThat(v.cell().text()).isEqualTo("\uFFFD12"));
    }

    @Test
    void givenManyShortLinesLongerTogetherThanOneRecordMayBe_whenRead_thenAllAreRead() {
        // one record may hold 7 × (10 + 3) + 16 384 = 16 475 characters; 800 lines of about 30 hold far more
        StringBuilder text = new StringBuilder(HEADER + "\r\n");
        for (int i = 0; i < 800; i++) {
            text.append("1706246,2021,II,1.").append(i).append(",copies,").append(i).append(",\r\n");
        }
        RawReturn raw = read(text.toString(), limits(7, 10, null));
        assertThat(raw.findings()).isEmpty();
        assertThat(raw.values()).hasSize(800);
    }

    @Test
    void givenAQuoteLeftOpen_whenRead_thenTheRecordTooLongFindingNamesTheLimit() {
        StringBuilder text = new StringBuilder(HEADER + "\r\n1706246,2021,II,1.2,copies,\"12\r\n");
        for (int i = 0; i < 2000; i++) {
            text.append("0123456789\r\n");
        }
        RawReturn raw = read(text.toString(), limits(7, 10, null));
        assertThat(rules(raw)).containsExactly(RuleId.UNREADABLE_FILE);
        assertThat(raw.findings().get(0).message().en()).startsWith("From line 2 on, more than 16475 characters");
    }

    @Test
    void givenFilesOverTheSizeLimit_whenRead_thenTheLimitIsSaidInWholeUnits() {
        String big = HEADER + "\r\n" + ("1706246,2021,II,1.2,copies,12," + "x".repeat(300) + "\r\n").repeat(9_000);
        assertThat(tooLarge(big, DataSize.ofMegabytes(1))).contains("larger than 1 MB");
        assertThat(tooLarge(big, DataSize.ofMegabytes(2))).contains("larger than 2 MB");
        assertThat(tooLarge(big, DataSize.ofKilobytes(1024 + 1))).contains("larger than 1025 KB");
        assertThat(tooLarge(big, DataSize.ofKilobytes(1))).contains("larger than 1 KB");
        assertThat(tooLarge(big, DataSize.ofBytes(1500))).contains("larger than 1500 bytes");
        assertThat(tooLarge(big, DataSize.ofBytes(1023))).contains("larger than 1023 bytes");
        assertThat(tooLarge(big, DataSize.ofBytes(1024 * 1024 + 1))).contains("larger than 1048577 bytes");
    }

    private static String tooLarge(String text, DataSize limit) {
        RawReturn raw = read(text, limits(null, null, limit));
        List<RuleId> rules = new ArrayList<>(rules(raw));
        assertThat(rules).contains(RuleId.FILE_TOO_LARGE);
        return raw.findings().stream().filter(f -> f.rule() == RuleId.FILE_TOO_LARGE).findFirst().orElseThrow()
                .message().en();
    }
}
