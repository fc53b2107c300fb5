package uz.natlib.libstats.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheets;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/**
 * The XML of an .xlsx (or .xlsm) handed back, made to point at nothing live: the Excel 4 macro
 * sheets are taken out of the list of sheets, links to other workbooks out of the workbook,
 * controls and OLE objects out of the sheets, the cell hyperlinks dropped, a query table made a
 * plain table, and the names of links, DDE and macros removed. The parts themselves go once
 * the workbook is written ({@link InertPackage}): POI still writes the parts it loaded.
 */
final class InertXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** Elements of a sheet that point at the controls and objects removed. */
    private static final Set<String> LIVE_ELEMENTS = Set.of("controls", "oleObjects");

    private InertXlsx() {
    }

    static void strip(XSSFWorkbook workbook) {
        try {
            List<String> macroSheets = removeMacroSheets(workbook);
            InertNames.remove(workbook, macroSheets);
            if (workbook.getCTWorkbook().isSetExternalReferences()) {
                workbook.getCTWorkbook().unsetExternalReferences();
            }
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                for (XSSFHyperlink link : List.copyOf(sheet.getHyperlinkList())) {
                    sheet.removeHyperlink(link);
                }
                removeElements(sheet.getCTWorksheet());
                removeLeftFormulas(sheet);
                for (XSSFTable table : sheet.getTables()) {
                    if (!table.getPackagePart().getRelationshipsByType(InertPackage.QUERY_TABLE).isEmpty()) {
                        plainTable(table.getCTTable());
                    }
                }
            }
            workbook.setWorkbookType(XSSFWorkbookType.XLSX);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot read the workbook's relationships", e);
        }
    }

    /**
     * Excel 4 macro sheets are listed among the sheets but are no sheets to POI: their entries
     * go, and names local to a later sheet follow it one place down.
     */
    private static List<String> removeMacroSheets(XSSFWorkbook workbook) throws InvalidFormatException {
        Set<String> ids = new HashSet<>();
        for (PackageRelationship rel : workbook.getPackagePart().getRelationships()) {
            if (InertPackage.MACRO_SHEETS.contains(rel.getRelationshipType())) {
                ids.add(rel.getId());
            }
        }
        List<String> names = new ArrayList<>();
        CTSheets sheets = workbook.getCTWorkbook().getSheets();
        for (int i = sheets.sizeOfSheetArray() - 1; i >= 0; i--) {
            CTSheet sheet = sheets.getSheetArray(i);
            if (ids.contains(sheet.getId())) {
                names.add(sheet.getName());
                shiftLocalNames(workbook, i);
                sheets.removeSheet(i);
            }
        }
        return names;
    }

    private static void shiftLocalNames(XSSFWorkbook workbook, int removedIndex) {
        for (var name : List.copyOf(workbook.getAllNames())) {
            if (name.getSheetIndex() == removedIndex) {
                workbook.removeName(name);
            }
        }
        // On the XML beneath the names: POI's setter refuses an index past its own count of
        // sheets, which never had the macro sheets in it.
        if (workbook.getCTWorkbook().isSetDefinedNames()) {
            for (CTDefinedName name : workbook.getCTWorkbook().getDefinedNames().getDefinedNameArray()) {
                if (name.isSetLocalSheetId() && name.getLocalSheetId() > removedIndex) {
                    name.setLocalSheetId(name.getLocalSheetId() - 1);
                }
            }
        }
    }

    /** The sheet's controls and OLE objects, also where Excel wraps them in mc:AlternateContent. */
    private static void removeElements(XmlObject worksheet) {
        List<XmlObject> live = new ArrayList<>();
        try (XmlCursor cursor = worksheet.newCursor()) {
            if (cursor.toFirstChild()) {
                do {
                    if (isLive(cursor.getName()) || isLiveAlternative(cursor)) {
                        live.add(cursor.getObject());
                    }
                } while (cursor.toNextSibling());
            }
        }
        for (XmlObject element : live) {
            try (XmlCursor cursor = element.newCursor()) {
                cursor.removeXml();
            }
        }
    }

    private static boolean isLive(QName name) {
        return MAIN.equals(name.getNamespaceURI()) && LIVE_ELEMENTS.contains(name.getLocalPart());
    }

    private static boolean isLiveAlternative(XmlCursor element) {
        QName name = element.getName();
        if (!COMPATIBILITY.equals(name.getNamespaceURI()) || !"AlternateContent".equals(name.getLocalPart())) {
            return false;
        }
        try (XmlCursor inner = element.getObject().newCursor()) {
            // Choice and Fallback, and within them the element they offer two ways.
            if (inner.toFirstChild()) {
                do {
                    try (XmlCursor offered = inner.getObject().newCursor()) {
                        if (offered.toFirstChild()) {
                            do {
                                if (isLive(offered.getName())) {
                                    return true;
                                }
                            } while (offered.toNextSibling());
                        }
                    }
                } while (inner.toNextSibling());
            }
        }
        return false;
    }

    /** A formula POI does not count as one (a data table's) is dropped too; its value stays. */
    private static void removeLeftFormulas(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                var ct = ((XSSFCell) cell).getCTCell();
                if (ct.isSetF()) {
                    ct.unsetF();
                }
            }
        }
    }

    /** A query table's table, its query gone, becomes a plain table of the values it holds. */
    private static void plainTable(CTTable table) {
        // Read as an attribute: poi-ooxml-lite has no class for the table type's values.
        try (XmlCursor cursor = table.newCursor()) {
            if ("queryTable".equals(cursor.getAttributeText(new QName("", "tableType")))) {
                table.unsetTableType();
            }
        }
        if (table.isSetConnectionId()) {
            table.unsetConnectionId();
        }
        if (table.getTableColumns() != null) {
            for (CTTableColumn column : table.getTableColumns().getTableColumnArray()) {
                if (column.isSetQueryTableFieldId()) {
                    column.unsetQueryTableFieldId();
                }
            }
        }
    }
}
