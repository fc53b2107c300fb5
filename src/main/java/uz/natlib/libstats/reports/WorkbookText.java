package uz.natlib.libstats.reports;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * A fill's input for a workbook, every text in it neutralised against formulas (OWASP's rule):
 * names, labels and codes come from the registry and the catalogue, not from a sender, but a
 * cell that starts with '=' is a formula as soon as someone edits it. Figures stay numbers. The
 * PDF is filled from the input as it was, so it never shows the apostrophe.
 */
final class WorkbookText {

    private WorkbookText() {
    }

    static JasperInput neutralised(JasperInput input) {
        // One copy per line and column, shared by every row that had the original, as a crosstab
        // groups its rows by them.
        Map<Object, Object> copies = new IdentityHashMap<>();
        Map<String, Object> parameters = new HashMap<>();
        input.parameters().forEach((name, value) -> parameters.put(name, neutralised(value, copies)));
        List<Map<String, ?>> rows = input.rows().stream().<Map<String, ?>>map(row -> {
            Map<String, Object> copy = new HashMap<>();
            row.forEach((name, value) -> copy.put(name, neutralised(value, copies)));
            return copy;
        }).toList();
        return new JasperInput(input.design(), parameters, rows);
    }

    private static Object neutralised(Object value, Map<Object, Object> copies) {
        if (value instanceof String text) {
            return SpreadsheetText.neutralised(text);
        }
        if (value instanceof ReportLine line) {
            return copies.computeIfAbsent(line, l -> line.neutralised());
        }
        if (value instanceof QualitativeTable table) {
            return table.neutralised();
        }
        if (value instanceof ReportColumn column) {
            return copies.computeIfAbsent(column, c -> column.neutralised());
        }
        return value;
    }
}
