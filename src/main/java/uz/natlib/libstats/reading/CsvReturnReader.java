package uz.natlib.libstats.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.util.unit.DataSize;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * Reads the long CSV form: one line per figure with the columns district, year, quarter,
 * indicator, measure, value, note. A blank quarter means an annual plan; the measure
 * {@code done} carries a qualitative row's answer.
 *
 * <p>The file may be UTF-8 (with or without a byte order mark) or UTF-16 (with one, or without
 * one when its zero bytes tell it: see {@link CsvEncoding}); any other encoding is one
 * {@code UnknownEncoding} finding. The delimiter (comma, semicolon or tab) is the one the first
 * line of the decoded text uses most. The file is read as it streams, within {@link ReadingLimits}:
 * more lines than {@code rows} stop it; a line with more fields than {@code columns}, or a field
 * longer than {@code cellText}, is a finding (the text handed on is cut to the limit). Text handed
 * on never carries a control character other than tab and line breaks: one such character
 * (NUL above all, which PostgreSQL refuses) is a finding and becomes U+FFFD. Whatever goes wrong
 * is a finding, never an exception; findings of one rule are listed for at most
 * {@link #FINDINGS_PER_RULE} lines, and the rest counted in one more.
 */
final class CsvReturnReader {

    static final List<String> COLUMNS = List.of("district", "year", "quarter", "indicator", "measure", "value", "note");
    static final String DONE_MEASURE = "done";
    static final int FINDINGS_PER_RULE = 50;
    /** A control character in a text field is a fault of reading that line; no rule of its own names it yet. */
    static final RuleId CONTROL_CHARACTER = RuleId.CONTROL_CHARACTER;

    /** The start of the file, read before anything else: its encoding and delimiter are told from it. */
    private static final int HEAD_BYTES = 4096;
    /** The CSV parser reads ahead of the record it hands back by up to two of its 8192-character buffers. */
    private static final int PARSER_READ_AHEAD = 2 * 8192;
    private static final char REPLACEMENT = '\uFFFD';
    private static final String SAVE_AS_CYRL = "Файлни Excel'да очинг, «Файл → Бошқача сақлаш» (Save As) ойнасида файл"
            + " турини «CSV UTF-8 (Comma delimited)» деб танланг ва қайта юборинг.";
    private static final String SAVE_AS_EN = "Open it in Excel, choose File → Save As, pick the type"
            + " «CSV UTF-8 (Comma delimited)» and send it again.";

    private final String fileName;
    private final ReadingLimits limits;
    private final CappedFindings findings = new CappedFindings(FINDINGS_PER_RULE);
    private final List<RawValue> values = new ArrayList<>();
    private final List<RawStatus> statuses = new ArrayList<>();
    private final Map<String, String> identifiedAs = new HashMap<>();
    private final Map<Label, RawCell> visible = new EnumMap<>(Label.class);
    /** The header line's column names in lower case; {@code null} until it is read. */
    private List<String> header;
    /** Each of {@link #COLUMNS} found in the header to its index. */
    private final Map<String, Integer> columnAt = new HashMap<>();
    /** The delimiter of the file's fields. */
    private char delimiter = ',';
    /** Records read so far, the header and blank lines included. */
    private long lines;
    /** The line the last record read ended on (a quoted field may hold line breaks). */
    private long lastLineEnded;

    private CsvReturnReader(String fileName, ReadingLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    static RawReturn read(String fileName, byte[] bytes) {
        return read(fileName, bytes, ReadingLimits.DEFAULTS);
    }

    static RawReturn read(String fileName, byte[] bytes, ReadingLimits limits) {
        return read(fileName, new ByteArrayInputStream(bytes), limits);
    }

    /** Reads the CSV as {@code in} streams, never more of it than the limits allow; {@code in} is left open. */
    static RawReturn read(String fileName, InputStream in, ReadingLimits limits) {
        return new CsvReturnReader(fileName, limits).read(in);
    }

    private RawReturn read(InputStream in) {
        byte[] head;
        try {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return only(unreadable(e));
        }
        Optional<CsvEncoding> detected = CsvEncoding.detect(head, head.length);
        if (detected.isEmpty()) {
            return only(unknownEncoding(null, 0));
        }
        CsvEncoding encoding = detected.get();
        delimiter = delimiter(firstLine(head, encoding));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).setTrim(false).get();
        int bom = encoding.bomBytes();
        CsvInput input = new CsvInput(new SequenceInputStream(new ByteArrayInputStream(head, bom, head.length - bom), in),
                encoding.strictDecoder(), bom, limits.fileSize().toBytes(), maxCharsPerRecord());
        try {
            CSVParser parser = format.parse(input);
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lastLineEnded + 1;
                lastLineEnded = Math.max(line, parser.getCurrentLineNumber());
                input.recordRead();
                if (++lines > limits.rows()) {
                    findings.add(tooManyRows(line));
                    return result();
                }
                if (!record(record, line)) {
                    return result();
                }
            }
        } catch (UncheckedIOException e) {
            return stopped(e.getCause(), encoding);
        } catch (IOException e) {
            return stopped(e, encoding);
        }
        if (header == null) {
            findings.add(Finding.error(RuleId.NO_RETURN_TABLE, null, null, null, Message.of(
                    "CSV файлда ҳеч нарса йўқ: у бўш ёки фақат бўш қаторлардан иборат. Биринчи қаторда устун номлари"
                            + " бўлиши керак: " + COLUMNS + ".",
                    "The CSV file holds nothing: it is empty or has only blank lines. Its first line must name the"
                            + " columns " + COLUMNS + ".")));
        }
        return result();
    }

    /** One record of the file; false if reading cannot go on. */
    private boolean record(CSVRecord record, long line) {
        if (record.stream().allMatch(String::isBlank)) {
            return true;
        }
        if (record.size() > limits.columns()) {
            findings.add(tooManyColumns(record, line));
        }
        for (int i = 0; i < Math.min(record.size(), limits.columns()); i++) {
            if (record.get(i).length() > limits.cellText()) {
                findings.add(cellTextTooLong(record.get(i), i, line));
            }
        }
        if (header == null) {
            return header(record, line);
        }
        figure(record, line);
        return true;
    }

    private boolean header(CSVRecord record, long line) {
        header = new ArrayList<>(record.size());
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = withoutControls(cut(record.get(i))).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            header.add(name);
            if (COLUMNS.contains(name) && columnAt.putIfAbsent(name, i) != null && !twice.contains(name)) {
                twice.add(name);
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !c.equals("note")).filter(c -> !columnAt.containsKey(c))
                .toList();
        String seen = ShownText.quoted(String.join(String.valueOf(delimiter), record.values()));
        if (!missing.isEmpty()) {
            findings.add(Finding.error(RuleId.NO_RETURN_TABLE, null, "line " + line, seen, Message.of(
                    "CSV файлда устунлар етишмайди: " + missing + ". Керакли устунлар: " + COLUMNS,
                    "The CSV file lacks the columns " + missing + "; expected " + COLUMNS)));
            return false;
        }
        if (!twice.isEmpty()) {
            findings.add(Finding.error(RuleId.NO_RETURN_TABLE, null, "line " + line, seen, Message.of(
                    "CSV файлнинг биринчи қаторида " + twice + " устуни икки марта ёзилган: қайси бирини ўқиш кераклиги"
                            + " номаълум. Ҳар бир устун бир марта бўлсин: " + COLUMNS + ".",
                    "The first line of the CSV file names " + twice + " twice: which one to read cannot be told."
                            + " Name each column once: " + COLUMNS + ".")));
            return false;
        }
        return true;
    }

    /** One line of figures: a value, or a done answer with its note. */
    private void figure(CSVRecord record, long line) {
        String where = "line " + line;
        String district = field(record, "district", line, false);
        String year = field(record, "year", line, false);
        String quarter = field(record, "quarter", line, false);
        String indicator = field(record, "indicator", line, false);
        String measure = field(record, "measure", line, false);
        boolean done = measure.toLowerCase(Locale.ROOT).equals(DONE_MEASURE);
        RawCell value = new RawCell(null, where, field(record, "value", line, !done), false);
        String note = field(record, "note", line, false);
        identify(where, line, district, year, quarter);
        if (done) {
            statuses.add(new RawStatus(indicator, value.isBlank() ? null : value,
                    note.isEmpty() ? null : new RawCell(null, where, note, false)));
        } else if (!value.isBlank()) {
            values.add(new RawValue(indicator, 0, measure, null, value));
        }
    }

    /**
     * The text of a column as handed on: cut to the cell text limit, stripped, each control
     * character but tab and line breaks a finding and U+FFFD.
     */
    private String field(CSVRecord record, String column, long line, boolean number) {
        Integer at = columnAt.get(column);
        if (at == null || at >= record.size()) {
            return "";
        }
        String text = cut(record.get(at)).strip();
        int control = firstControl(text);
        if (control < 0) {
            return text;
        }
        findings.add(controlCharacter(column, line, text, text.charAt(control), number));
        return withoutControls(text);
    }

    /** Every line must name the same district and period; the first one sets them. */
    private void identify(String where, long line, String district, String year, String quarter) {
        List<String> columns = List.of("district", "year", "quarter");
        List<Label> labels = List.of(Label.SOATO, Label.YEAR, Label.QUARTER);
        List<String> texts = List.of(district, year, quarter);
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String value = texts.get(i);
            String first = identifiedAs.putIfAbsent(column, value);
            if (first == null) {
                visible.put(labels.get(i), new RawCell(null, where, value, false));
            } else if (!first.equals(value)) {
                findings.add(Finding.error(RuleId.PERIOD_MISMATCH, null, where, value, Message.of(
                        "Битта CSV файлда фақат битта туман ва битта давр бўлиши керак: «" + column + "» устунида аввал «"
                                + ShownText.quoted(first) + "» эди, " + line + "-қаторда эса «" + ShownText.quoted(value)
                                + "».",
                        "One CSV file must hold one district and one period: column «" + column + "» was «"
                                + ShownText.quoted(first) + "», line " + line + " has «" + ShownText.quoted(value) + "».")));
                return;
            }
        }
    }

    /** Reading stopped before the end: what stopped it is the finding. */
    private RawReturn stopped(Throwable cause, CsvEncoding encoding) {
        Throwable e = cause;
        while (e != null && !(e instanceof CsvInput.Stop) && !(e instanceof CSVException) && e.getCause() != e) {
            e = e.getCause();
        }
        long line = lastLineEnded + 1;
        if (e instanceof CsvInput.Stop stop) {
            switch (stop.problem()) {
                case NOT_DECODABLE -> {
                    return only(unknownEncoding(encoding, stop.line()));
                }
                case TOO_LARGE -> findings.add(fileTooLarge());
                case RECORD_TOO_LONG -> findings.add(recordTooLong(line));
            }
        } else if (e instanceof CSVException) {
            findings.add(unbalancedQuote(line));
        } else {
            findings.add(unreadable(cause));
        }
        return result();
    }

    private RawReturn result() {
        return new RawReturn(fileName, "csv", new Identification(Map.of(), visible), values, statuses, findings.all());
    }

    private RawReturn only(Finding finding) {
        return new RawReturn(fileName, "csv", new Identification(Map.of(), Map.of()), List.of(), List.of(),
                List.of(finding));
    }

    /**
     * A record never needs more characters than its fields at their longest, each quoted and
     * followed by a delimiter, plus what the parser reads ahead; more means a quote left open.
     */
    private long maxCharsPerRecord() {
        return (long) limits.columns() * (limits.cellText() + 3L) + PARSER_READ_AHEAD;
    }

    /** The text cut to the cell text limit, never between the two halves of a surrogate pair. */
    private String cut(String text) {
        int limit = limits.cellText();
        if (text.length() <= limit) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end);
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutControls(String text) {
        if (firstControl(text) < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(isControl(c) ? REPLACEMENT : c);
        }
        return clean.toString();
    }

    private static String firstLine(byte[] head, CsvEncoding encoding) {
        String text = new String(head, encoding.bomBytes(), head.length - encoding.bomBytes(), encoding.charset());
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    }

    /** The delimiter the line uses most: comma, semicolon (Excel where the comma is the decimal mark) or tab. */
    private static char delimiter(String line) {
        char best = ',';
        long most = count(line, ',');
        for (char c : new char[] {';', '\t'}) {
            long n = count(line, c);
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    // Findings

    private static Finding unknownEncoding(CsvEncoding encoding, long line) {
        String cell = line > 0 ? "line " + line : null;
        if (encoding == null) {
            return Finding.error(RuleId.UNKNOWN_ENCODING, null, null, null, Message.of(
                    "Файл UTF-32 кодировкасида сақланган, бу ерда эса фақат UTF-8 ёки UTF-16 ўқилади. " + SAVE_AS_CYRL,
                    "The file is saved in UTF-32, and only UTF-8 or UTF-16 is read here. " + SAVE_AS_EN));
        }
        if (encoding.isUtf8()) {
            return Finding.error(RuleId.UNKNOWN_ENCODING, null, cell, null, Message.of(
                    "Файл UTF-8 ёки UTF-16 кодировкасида эмас: " + line + "-қатордаги ҳарфларни ўқиб бўлмади. Эҳтимол, у"
                            + " эски Windows кодировкасида (масалан, windows-1251) сақланган ва ундаги ҳарфлар бузилиб"
                            + " ўқилади. " + SAVE_AS_CYRL,
                    "The file is neither UTF-8 nor UTF-16: the characters on line " + line + " cannot be read. It was"
                            + " probably saved in an old Windows encoding (such as windows-1251), in which its letters"
                            + " would be read garbled. " + SAVE_AS_EN));
        }
        return Finding.error(RuleId.UNKNOWN_ENCODING, null, cell, null, Message.of(
                "Файл " + encoding.name() + " кодировкасида бошланади, лекин " + line + "-қатордаги байтлар бузилган:"
                        + " файл охиригача сақланмаган ёки шикастланган. " + SAVE_AS_CYRL,
                "The file starts as " + encoding.name() + ", but the bytes on line " + line + " are broken: it was not"
                        + " saved to the end, or it is damaged. " + SAVE_AS_EN));
    }

    private Finding tooManyRows(long line) {
        int rows = limits.rows();
        return Finding.error(RuleId.TOO_MANY_ROWS, null, "line " + line, null, Message.of(
                "CSV файлда " + rows + " тадан ортиқ қатор бор: битта ҳисобот учун бу жуда кўп (унда бир неча юз қатор"
                        + " бўлади), шунинг учун файл " + rows + "-қатордан нарига ўқилмади. Файлда фақат битта"
                        + " туманнинг битта давр учун ҳисоботи борлигини текширинг.",
                "The CSV file has more than " + rows + " lines: far too many for one return (which has a few"
                        + " hundred), so it was not read beyond line " + rows + ". Check that the file holds one"
                        + " district's return for one period only."));
    }

    private Finding tooManyColumns(CSVRecord record, long line) {
        int columns = limits.columns();
        return Finding.error(RuleId.TOO_MANY_COLUMNS, null, "line " + line, null, Message.of(
                line + "-қаторда " + record.size() + " та устун бор, " + columns + " тадан ортиқ бўлмаслиги керак."
                        + " Ҳисобот CSV'сида фақат " + COLUMNS + " устунлари бўлади: қатордаги ортиқча вергул ёки нуқтали"
                        + " вергулларни олиб ташланг.",
                "Line " + line + " has " + record.size() + " fields, more than the " + columns + " allowed. A return's"
                        + " CSV has only the columns " + COLUMNS + ": remove the stray commas or semicolons from the"
                        + " line."));
    }

    private Finding cellTextTooLong(String text, int index, long line) {
        int max = limits.cellText();
        String quoted = ShownText.quoted(text);
        return Finding.error(RuleId.CELL_TEXT_TOO_LONG, null, "line " + line, quoted, Message.of(
                line + "-қатор, " + columnCyrl(index) + ": матн " + text.length() + " та белгидан иборат, " + max
                        + " тадан ошмаслиги керак («" + quoted + "»). Матнни қисқартиринг; агар у қўштирноқ (\") билан"
                        + " бошланса, қўштирноқ ёпилганини текширинг.",
                "Line " + line + ", " + columnEn(index) + ": the text is " + text.length() + " characters long, more"
                        + " than the " + max + " allowed («" + quoted + "»). Shorten it; if it begins with a quotation"
                        + " mark (\"), check that the quotation mark is closed."));
    }

    private String columnCyrl(int index) {
        String name = header == null || index >= header.size() ? "" : header.get(index);
        return name.isEmpty() ? (index + 1) + "-устун" : "«" + ShownText.quoted(name) + "» устуни";
    }

    private String columnEn(int index) {
        String name = header == null || index >= header.size() ? "" : header.get(index);
        return name.isEmpty() ? "column " + (index + 1) : "column «" + ShownText.quoted(name) + "»";
    }

    private static Finding controlCharacter(String column, long line, String text, char control, boolean number) {
        String quoted = ShownText.quoted(text);
        String code = control == 0 ? "NUL" : String.format("U+%04X", (int) control);
        if (number) {
            return Finding.error(RuleId.NOT_A_NUMBER, null, "line " + line, quoted, Message.of(
                    line + "-қатор, «" + column + "» устуни: «" + quoted + "» қийматида кўринмас махсус белги (" + code
                            + ") бор, шунинг учун у сон эмас. Қийматни рақамлар билан қайта ёзинг (масалан, 1200).",
                    "Line " + line + ", column «" + column + "»: «" + quoted + "» holds an invisible control character ("
                            + code + "), so it is not a number. Type the value again in digits (for example 1200)."));
        }
        return Finding.error(CONTROL_CHARACTER, null, "line " + line, quoted, Message.of(
                line + "-қатор, «" + column + "» устуни: «" + quoted + "» матнида кўринмас махсус белги (" + code
                        + ") бор, бундай белгини сақлаб бўлмайди. Уни ўчириб, матнни қайта ёзинг: бундай белгилар кўпинча"
                        + " бошқа дастурдан нусха кўчирилган матн билан келади.",
                "Line " + line + ", column «" + column + "»: «" + quoted + "» holds an invisible control character ("
                        + code + "), which cannot be stored. Delete it and type the text again: such characters usually"
                        + " come with text copied from another program."));
    }

    private static Finding unbalancedQuote(long line) {
        return Finding.error(RuleId.UNREADABLE_FILE, null, "line " + line, null, Message.of(
                "CSV файлни " + line + "-қатордан бошлаб ўқиб бўлмади: қўштирноқ (\") очилган, лекин ёпилмаган ёки"
                        + " ёпилгандан кейин яна матн келган. Шу қатордаги қўштирноқларни текширинг ёки файлни Excel'да"
                        + " очиб, «CSV UTF-8 (Comma delimited)» сифатида қайта сақланг.",
                "The CSV file cannot be read from line " + line + " on: a quotation mark (\") is opened and never"
                        + " closed, or more text follows the closing one. Check the quotation marks on that line, or"
                        + " open the file in Excel and save it again as «CSV UTF-8 (Comma delimited)»."));
    }

    private Finding recordTooLong(long line) {
        long max = maxCharsPerRecord();
        return Finding.error(RuleId.UNREADABLE_FILE, null, "line " + line, null, Message.of(
                line + "-қатордан бошлаб " + max + " тадан ортиқ белги битта қаторга тушди: эҳтимол, қўштирноқ (\")"
                        + " очилган ва ёпилмаган, шунинг учун файлнинг қолгани битта катакдек ўқиляпти. Шу қатордаги"
                        + " қўштирноқларни текширинг.",
                "From line " + line + " on, more than " + max + " characters fall into one line: probably a quotation"
                        + " mark (\") was opened and never closed, so the rest of the file reads as a single cell."
                        + " Check the quotation marks on that line."));
    }

    private Finding fileTooLarge() {
        DataSize max = limits.fileSize();
        return Finding.error(RuleId.FILE_TOO_LARGE, null, null, null, Message.of(
                "CSV файл " + size(max, true) + " дан катта: битта ҳисобот учун бу жуда кўп, шунинг учун у охиригача"
                        + " ўқилмади. Файлда фақат битта туманнинг битта давр учун ҳисоботи борлигини текширинг.",
                "The CSV file is larger than " + size(max, false) + ": far too large for one return, so it was not"
                        + " read to the end. Check that it holds one district's return for one period only."));
    }

    private static Finding unreadable(Throwable e) {
        String brief = ShownText.quoted(e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
        return Finding.error(RuleId.UNREADABLE_FILE, null, null, null, Message.of(
                "CSV файлни ўқиб бўлмади (" + brief + "). Файлни қайта сақлаб, яна юборинг.",
                "The CSV file cannot be read (" + brief + "). Save it again and send it once more."));
    }

    private static String size(DataSize size, boolean cyrl) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + (cyrl ? " МБ" : " MB");
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + (cyrl ? " КБ" : " KB");
        }
        return bytes + (cyrl ? " байт" : " bytes");
    }
}
