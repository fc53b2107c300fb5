package uz.natlib.libstats.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * Reads the long CSV form: one line per figure with the columns district, year, quarter,
 * indicator, measure, value, note (UTF-8 with or without BOM; comma or semicolon). A blank
 * quarter means an annual plan; the measure {@code done} carries a qualitative row's answer.
 */
final class CsvReturnReader {

    static final List<String> COLUMNS = List.of("district", "year", "quarter", "indicator", "measure", "value", "note");
    static final String DONE_MEASURE = "done";

    private CsvReturnReader() {
    }

    static RawReturn read(String fileName, byte[] bytes) throws IOException {
        String firstLine = firstLine(bytes);
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get();
        List<Finding> findings = new ArrayList<>();
        List<RawValue> values = new ArrayList<>();
        List<RawStatus> statuses = new ArrayList<>();
        Map<String, String> identification = new HashMap<>();
        Map<Label, RawCell> visible = new EnumMap<>(Label.class);
        try (InputStream in = BOMInputStream.builder().setInputStream(new java.io.ByteArrayInputStream(bytes)).get();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var parser = format.parse(reader);
            List<String> missing = COLUMNS.stream().filter(c -> !c.equals("note"))
                    .filter(c -> parser.getHeaderMap().keySet().stream().noneMatch(h -> h.equalsIgnoreCase(c)))
                    .toList();
            if (!missing.isEmpty()) {
                findings.add(Finding.error(RuleId.NO_RETURN_TABLE, null, "line 1", firstLine, Message.of(
                        "CSV файлда устунлар етишмайди: " + missing + ". Керакли устунлар: " + COLUMNS,
                        "The CSV file lacks the columns " + missing + "; expected " + COLUMNS)));
                return new RawReturn(fileName, "csv", new Identification(Map.of(), Map.of()), values, statuses, findings);
            }
            for (CSVRecord record : parser) {
                String where = "line " + parser.getCurrentLineNumber();
                identify(record, where, identification, visible, findings);
                String indicator = get(record, "indicator");
                String measure = get(record, "measure");
                RawCell value = new RawCell(null, where, get(record, "value"), false);
                if (measure.toLowerCase(Locale.ROOT).equals(DONE_MEASURE)) {
                    String note = get(record, "note");
                    statuses.add(new RawStatus(indicator, value.isBlank() ? null : value,
                            note.isEmpty() ? null : new RawCell(null, where, note, false)));
                } else if (!value.isBlank()) {
                    values.add(new RawValue(indicator, 0, measure, null, value));
                }
            }
        }
        return new RawReturn(fileName, "csv", new Identification(Map.of(), visible), values, statuses, findings);
    }

    /** Every line must name the same district and period; the first one sets them. */
    private static void identify(CSVRecord record, String where, Map<String, String> seen,
                                 Map<Label, RawCell> visible, List<Finding> findings) {
        Map<String, Label> columns = Map.of("district", Label.SOATO, "year", Label.YEAR, "quarter", Label.QUARTER);
        columns.forEach((column, label) -> {
            String value = get(record, column);
            String first = seen.putIfAbsent(column, value);
            if (first == null) {
                visible.put(label, new RawCell(null, where, value, false));
            } else if (!first.equals(value) && findings.stream().noneMatch(f -> f.cell().equals(where))) {
                findings.add(Finding.error(RuleId.PERIOD_MISMATCH, null, where, value, Message.of(
                        "Битта CSV файлда фақат битта туман ва битта давр бўлиши керак: «" + column + "» устунида «"
                                + first + "» эди, бу қаторда «" + value + "».",
                        "One CSV file must hold one district and one period: column «" + column + "» was «" + first
                                + "», this line has «" + value + "».")));
            }
        });
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    private static String firstLine(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
