package uz.natlib.libstats.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uz.natlib.libstats.reading.ReadingLimits;
import uz.natlib.libstats.reading.SheetContent;
import uz.natlib.libstats.reading.SheetRow;
import uz.natlib.libstats.reading.TableSheet;
import uz.natlib.libstats.vocabulary.Message;

/**
 * An indicator table file (CSV in UTF-8, or the first visible sheet of an .xlsx) as lines of named
 * fields: the header row names the columns, lines starting with "#" are comments. Nothing is
 * interpreted here beyond the shape; {@link CatalogueTableCheck} judges the content.
 */
final class TableLines {

    /** More rows than any year's table could have (2021's has 216). */
    static final int MAX_ROWS = 5_000;
    static final int MAX_FIELD = 1_000;

    record Line(int row, Map<String, String> fields) {
        String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.strip();
        }
    }

    record Parsed(int headerRow, List<String> header, List<Line> lines, List<TableFinding> findings) {
    }

    private TableLines() {
    }

    static Parsed read(String fileName, byte[] bytes, ReadingLimits limits) {
        if (bytes.length == 0) {
            return failed(Message.of("Файл бўш (0 байт).", "The file is empty (0 bytes)."));
        }
        if (TableSheet.isXlsx(bytes)) {
            try {
                return fromSheet(TableSheet.firstVisible(bytes, limits));
            } catch (TableSheet.Unreadable e) {
                return failed(e.reason());
            }
        }
        if (bytes.length > limits.fileSize().toBytes()) {
            return failed(Message.of("Файл жуда катта (" + limits.fileSize().toMegabytes() + " МБ дан ортиқ).",
                    "The file is too large (more than " + limits.fileSize().toMegabytes() + " MB)."));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(Message.of("Файл на .xlsx иш китоби, на UTF-8 даги CSV. Жадвални .xlsx ёки CSV (UTF-8)"
                    + " сифатида сақланг.", "The file is neither an .xlsx workbook nor a CSV in UTF-8. Save the"
                    + " table as .xlsx or as CSV (UTF-8)."));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return fromCsv(text);
    }

    private static Parsed fromCsv(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setMaxRows(MAX_ROWS + 2L).get();
        List<String> header = null;
        int headerRow = 0;
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int row = (int) parser.getCurrentLineNumber();
                List<String> values = record.toList();
                if (header == null) {
                    header = normalisedHeader(values);
                    headerRow = row;
                    continue;
                }
                lines.add(new Line(row, named(header, values)));
            }
        } catch (IOException | RuntimeException e) {
            return failed(Message.of("CSV файлни ўқиб бўлмади: қўштирноқлар жуфт эмас ёки қатор бузилган ("
                    + lines.size() + " қатордан кейин).", "The CSV file cannot be read: unbalanced quotes or a"
                    + " broken line (after " + lines.size() + " rows)."));
        }
        return checkedSize(headerRow, header, lines);
    }

    private static Parsed fromSheet(SheetContent sheet) {
        List<String> header = null;
        int headerRow = 0;
        List<Line> lines = new ArrayList<>();
        for (SheetRow sheetRow : sheet.rows()) {
            int width = sheetRow.cells().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> values = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                values.add(sheetRow.text(c));
            }
            if (values.isEmpty() || values.get(0).startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = normalisedHeader(values);
                headerRow = sheetRow.index() + 1;
                continue;
            }
            lines.add(new Line(sheetRow.index() + 1, named(header, values)));
            if (lines.size() > MAX_ROWS) {
                break;
            }
        }
        return checkedSize(headerRow, header, lines);
    }

    private static Parsed checkedSize(int headerRow, List<String> header, List<Line> lines) {
        if (header == null) {
            return failed(Message.of("Файлда сарлавҳа қатори (code, section, …) топилмади.",
                    "The file has no header row (code, section, …)."));
        }
        if (lines.size() > MAX_ROWS) {
            return failed(Message.of("Жадвалда " + MAX_ROWS + " дан ортиқ қатор бор: бу кўрсаткичлар жадвали эмас.",
                    "The table has more than " + MAX_ROWS + " rows: this is not an indicator table."));
        }
        return new Parsed(headerRow, header, lines, List.of());
    }

    private static List<String> normalisedHeader(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** Fields by column name; a value beyond the header's columns is kept under "#n" so it can be reported. */
    private static Map<String, String> named(List<String> header, List<String> values) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String name = i < header.size() ? header.get(i) : "#" + (i + 1);
            if (!name.isEmpty() && (i < header.size() || !values.get(i).isBlank())) {
                fields.put(name, values.get(i));
            }
        }
        return fields;
    }

    private static Parsed failed(Message message) {
        return new Parsed(0, List.of(), List.of(), List.of(new TableFinding(0, "", message)));
    }
}
