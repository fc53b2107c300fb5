package uz.natlib.libstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.hssf.model.WorkbookRecordList;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFHyperlink;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An .xls handed back with nothing live left. Opened without preserving the file's other
 * streams, so that only the Workbook stream (and the document properties) is written back: the
 * VBA project ({@code _VBA_PROJECT_CUR}), the {@code Macros} storage and embedded objects are
 * not copied. The record that says a VBA project exists goes too, and so do the cell
 * hyperlinks and the names of links and macros (Auto_Open among them). What stays: an Excel 4
 * macro sheet, which POI reads as one more sheet, so its formulas become values like any other;
 * and the tables of other workbooks and DDE links (SUPBOOK records), which no formula or name
 * uses any more.
 */
final class InertXls {

    /** OBJPROJ: "this workbook has a VBA project". */
    private static final short OBJ_PROJ = 0x00D3;

    private InertXls() {
    }

    static HSSFWorkbook open(InputStream in) throws IOException {
        return new HSSFWorkbook(new POIFSFileSystem(in), false);
    }

    static void strip(HSSFWorkbook workbook) {
        WorkbookRecordList records = workbook.getInternalWorkbook().getWorkbookRecordList();
        for (int i = records.size() - 1; i >= 0; i--) {
            Record record = records.get(i);
            if (record.getSid() == OBJ_PROJ) {
                records.remove(i);
            }
        }
        InertNames.remove(workbook, List.of());
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            HSSFSheet sheet = workbook.getSheetAt(s);
            for (HSSFHyperlink link : List.copyOf(sheet.getHyperlinkList())) {
                // POI removes a hyperlink through the cell it starts at.
                HSSFRow row = sheet.getRow(link.getFirstRow()) == null ? sheet.createRow(link.getFirstRow())
                        : sheet.getRow(link.getFirstRow());
                HSSFCell cell = row.getCell(link.getFirstColumn()) == null ? row.createCell(link.getFirstColumn())
                        : row.getCell(link.getFirstColumn());
                cell.removeHyperlink();
            }
        }
    }
}
