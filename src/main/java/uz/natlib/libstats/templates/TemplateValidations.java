package uz.natlib.libstats.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.workbook.ReturnLayout;

/**
 * Data validation of the input cells: whole numbers, decimals (megabytes) and the done list.
 * Cells are collected first and added as three validations over merged column runs, because
 * one validation per cell makes large, slow workbooks.
 */
final class TemplateValidations {

    private final Map<Integer, List<Integer>> whole = new TreeMap<>();
    private final Map<Integer, List<Integer>> decimal = new TreeMap<>();
    private final Map<Integer, List<Integer>> done = new TreeMap<>();

    void number(int row, int column, boolean decimals) {
        (decimals ? decimal : whole).computeIfAbsent(column, c -> new ArrayList<>()).add(row);
    }

    void done(int row, int column) {
        done.computeIfAbsent(column, c -> new ArrayList<>()).add(row);
    }

    void apply(Sheet sheet, TemplateTexts texts, Script script) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper, whole, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                texts.errorTitle(), texts.wholeNumberError());
        add(sheet, helper, decimal, helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                texts.errorTitle(), texts.decimalError());
        String[] words = ReturnLayout.DONE_WORDS.get(script).toArray(String[]::new);
        add(sheet, helper, done, helper.createExplicitListConstraint(words), texts.errorTitle(), texts.doneError());
    }

    private static void add(Sheet sheet, DataValidationHelper helper, Map<Integer, List<Integer>> cells,
                            DataValidationConstraint constraint, String title, String text) {
        if (cells.isEmpty()) {
            return;
        }
        CellRangeAddressList ranges = new CellRangeAddressList();
        cells.forEach((column, rows) -> runs(rows).forEach(run ->
                ranges.addCellRangeAddress(new CellRangeAddress(run[0], run[1], column, column))));
        DataValidation validation = helper.createValidation(constraint, ranges);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, text);
        sheet.addValidationData(validation);
    }

    /** Sorted row numbers as [first, last] runs of consecutive rows. */
    static List<int[]> runs(List<Integer> rows) {
        List<int[]> runs = new ArrayList<>();
        for (int row : rows) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] + 1 == row) {
                last[1] = row;
            } else {
                runs.add(new int[] {row, row});
            }
        }
        return runs;
    }
}
