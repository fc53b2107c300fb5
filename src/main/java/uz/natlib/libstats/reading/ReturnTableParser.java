package uz.natlib.libstats.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * Finds the return in a workbook's sheets by labels, not addresses: the hidden identification
 * sheet (if it survived), the visible identification block, the table's header row and the
 * indicator rows beneath it. Works for either script and for templates that gained rows or
 * columns.
 */
public final class ReturnTableParser {

    /** The identification block and the header row are looked for in this many first rows. */
    private static final int HEADER_SEARCH_ROWS = 40;

    private ReturnTableParser() {
    }

    public static RawReturn parse(String fileName, String format, List<SheetContent> sheets) {
        Map<String, String> meta = readMeta(sheets);
        Optional<Table> table = sheets.stream()
                .filter(s -> !s.name().equals(ReturnLayout.META_SHEET))
                .map(ReturnTableParser::locate)
                .flatMap(Optional::stream)
                .findFirst();
        if (table.isEmpty()) {
            Finding noTable = Finding.error(RuleId.NO_RETURN_TABLE, null, null, null, Message.of(
                    "Файлда ҳисобот жадвали топилмади: «Код» ва «1-қиймат» устунлари сарлавҳаси бўлган қатор йўқ."
                            + " Миллий кутубхона шаклидан фойдаланинг.",
                    "No return table found: no row has the headers «Code» and «Value 1»."
                            + " Please use the National Library's template."));
            return new RawReturn(fileName, format, new Identification(meta, Map.of()), List.of(), List.of(),
                    List.of(noTable));
        }
        Table t = table.get();
        Map<Label, RawCell> visible = readIdentification(t.sheet());
        List<RawValue> values = new ArrayList<>();
        List<RawStatus> statuses = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (SheetRow row : t.sheet().rows()) {
            if (row.index() <= t.headerRow()) {
                continue;
            }
            String code = row.text(t.column(Label.CODE));
            if (code.isEmpty()) {
                continue;
            }
            for (int k = 0; k < ReturnLayout.VALUE_COLUMNS.size(); k++) {
                Integer valueColumn = t.columns().get(ReturnLayout.VALUE_COLUMNS.get(k));
                if (valueColumn == null) {
                    continue;
                }
                RawCell cell = row.cell(valueColumn);
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                if (cell.date()) {
                    findings.add(dateInValueCell(cell));
                    continue;
                }
                Integer measureColumn = t.columns().get(ReturnLayout.MEASURE_COLUMNS.get(k));
                String shown = measureColumn == null ? null : row.text(measureColumn);
                values.add(new RawValue(code, k + 1, null, shown, cell));
            }
            RawCell done = t.cell(row, Label.DONE);
            RawCell note = t.cell(row, Label.NOTE);
            if (done != null || note != null) {
                statuses.add(new RawStatus(code, done, note));
            }
        }
        return new RawReturn(fileName, format, new Identification(meta, visible), values, statuses, findings);
    }

    /** Excel keeps a date as a day count: 1 March 2021 would load as 44256 copies. */
    private static Finding dateInValueCell(RawCell cell) {
        String day = excelDay(cell.text());
        return Finding.error(RuleId.DATE_IN_VALUE_CELL, cell.sheet(), cell.cell(), cell.text(), Message.of(
                "Бу катакда сон ўрнига сана турибди (" + day + "; Excel уни " + cell.text() + " сони сифатида сақлайди)."
                        + " Катак форматини «Умумий» ёки «Сонли» қилиб, ҳақиқий қийматни ёзинг.",
                "This cell holds a date (" + day + "; Excel keeps it as the number " + cell.text() + "), not a count."
                        + " Set the cell's format to General or Number and enter the real figure."));
    }

    private static String excelDay(String serial) {
        try {
            double days = Double.parseDouble(serial);
            if (days >= 1 && days < 2_958_466) {
                return DateUtil.getLocalDateTime(days).toLocalDate().toString();
            }
        } catch (NumberFormatException e) {
            // Shown as stored.
        }
        return serial;
    }

    private record Table(SheetContent sheet, int headerRow, Map<Label, Integer> columns) {

        int column(Label label) {
            return columns.getOrDefault(label, -1);
        }

        RawCell cell(SheetRow row, Label label) {
            Integer column = columns.get(label);
            RawCell cell = column == null ? null : row.cell(column);
            return cell == null || cell.isBlank() ? null : cell;
        }
    }

    private static Optional<Table> locate(SheetContent sheet) {
        for (SheetRow row : sheet.rows()) {
            if (row.index() >= HEADER_SEARCH_ROWS) {
                break;
            }
            Map<Label, Integer> columns = new EnumMap<>(Label.class);
            row.cells().forEach((column, cell) -> {
                for (Label label : ReturnLayout.TABLE_COLUMNS) {
                    if (label.matches(cell.text())) {
                        columns.putIfAbsent(label, column);
                    }
                }
            });
            if (columns.containsKey(Label.CODE) && columns.containsKey(Label.VALUE_1)) {
                return Optional.of(new Table(sheet, row.index(), columns));
            }
        }
        return Optional.empty();
    }

    /** Label in any column, its value in the first non-empty cell to its right. */
    private static Map<Label, RawCell> readIdentification(SheetContent sheet) {
        Map<Label, RawCell> found = new EnumMap<>(Label.class);
        for (SheetRow row : sheet.rows()) {
            if (row.index() >= HEADER_SEARCH_ROWS) {
                break;
            }
            List<Integer> columns = new ArrayList<>(row.cells().keySet());
            columns.sort(Integer::compare);
            for (int i = 0; i < columns.size(); i++) {
                String text = row.text(columns.get(i));
                for (Label label : ReturnLayout.IDENTIFICATION) {
                    if (!found.containsKey(label) && label.matches(text) && i + 1 < columns.size()) {
                        found.put(label, row.cell(columns.get(i + 1)));
                    }
                }
            }
        }
        return found;
    }

    private static Map<String, String> readMeta(List<SheetContent> sheets) {
        Map<String, String> meta = new HashMap<>();
        sheets.stream().filter(s -> s.name().equals(ReturnLayout.META_SHEET)).findFirst().ifPresent(sheet -> {
            for (SheetRow row : sheet.rows()) {
                String key = row.text(0);
                if (!key.isEmpty()) {
                    meta.put(key, row.text(1));
                }
            }
        });
        return meta;
    }
}
