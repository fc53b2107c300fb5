package uz.natlib.libstats.tools.samples;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import uz.natlib.libstats.templates.TemplateGrid;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/** Small changes to a freshly written workbook, the way a person (or a careless tool) would make them. */
final class WorkbookEdits {

    private WorkbookEdits() {
    }

    static Sheet main(Workbook wb) {
        return wb.getSheetAt(0);
    }

    static void number(Workbook wb, String code, int measure, double value) {
        TemplateGrid.valueCell(main(wb), code, measure).setCellValue(value);
    }

    static void text(Workbook wb, String code, int measure, String value) {
        TemplateGrid.valueCell(main(wb), code, measure).setCellValue(value);
    }

    static void blank(Workbook wb, String code, int measure) {
        TemplateGrid.valueCell(main(wb), code, measure).setBlank();
    }

    /** The number in a value cell; 0 when blank. */
    static double number(Workbook wb, String code, int measure) {
        Cell cell = TemplateGrid.valueCell(main(wb), code, measure);
        return cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : 0;
    }

    static void identification(Workbook wb, Label label, String value) {
        Cell cell = TemplateGrid.identificationValue(main(wb), label);
        if (value.isEmpty()) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
    }

    /** The second title line ("district, region: year, quarter"), which people read and may retype. */
    static void subtitle(Workbook wb, String text) {
        main(wb).getRow(TemplateGrid.SUBTITLE_ROW).getCell(0).setCellValue(text);
    }

    static void meta(Workbook wb, String key, String value) {
        for (Row row : wb.getSheet(ReturnLayout.META_SHEET)) {
            if (key.equals(row.getCell(0).getStringCellValue())) {
                row.getCell(1).setCellValue(value);
                return;
            }
        }
        throw new IllegalArgumentException("no meta key " + key);
    }

    static void removeMeta(Workbook wb) {
        wb.removeSheetAt(wb.getSheetIndex(ReturnLayout.META_SHEET));
    }

    /** A row the catalogue does not know, styled like the last row of the table. */
    static void appendIndicatorRow(Workbook wb, String code, String label, double value) {
        Sheet sheet = main(wb);
        Row last = sheet.getRow(sheet.getLastRowNum());
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (Cell model : last) {
            row.createCell(model.getColumnIndex()).setCellStyle(model.getCellStyle());
        }
        row.getCell(TemplateGrid.column(Label.CODE)).setCellValue(code);
        row.getCell(TemplateGrid.column(Label.INDICATOR)).setCellValue(label);
        row.getCell(TemplateGrid.valueColumn(1)).setCellValue(value);
    }
}
