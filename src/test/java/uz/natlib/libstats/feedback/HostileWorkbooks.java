package uz.natlib.libstats.feedback;

import static uz.natlib.libstats.feedback.Zips.before;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.record.UnknownRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;

/**
 * Workbooks with everything live a sender could put in one: made with POI where it can, the rest
 * (a VBA project, links to other workbooks, connections, controls, a macro sheet, a ribbon) added
 * to the package by hand, as Excel writes them.
 */
final class HostileWorkbooks {

    static final String SHEET = "Ҳисобот";
    static final String DDE = "cmd|' /C calc'!A0";

    private static final String MS = "http://schemas.microsoft.com/office/2006/relationships/";
    private static final String OOXML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%s</Relationships>";

    private HostileWorkbooks() {
    }

    /**
     * Row 12 (index 11): F -5, H =2*3, I =HYPERLINK(), J a DDE formula, K:L an array formula,
     * M =1/0, N:O a shared formula, P a data table's, Q a formula with no value kept.
     */
    static byte[] xlsm() throws IOException {
        return addLiveParts(poiPart());
    }

    private static byte[] poiPart() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(SHEET);
            fillFormulas(wb, sheet);
            XSSFCell dde = sheet.getRow(11).createCell(9);
            // POI's parser knows no DDE: the formula is written as Excel stores it, with its last value.
            dde.getCTCell().addNewF().setStringValue(DDE);
            dde.getCTCell().setV("0");
            sheet.setArrayFormula("{1,2}*3", CellRangeAddress.valueOf("K12:L12"));
            sheet.getRow(11).getCell(10).setCellValue(3);
            sheet.getRow(11).getCell(11).setCellValue(6);
            // A formula filled right (shared by N12:O12) and a what-if data table's (P12), as Excel writes them.
            CTCellFormula master = cell(sheet, 13, "8").addNewF();
            master.setT(STCellFormulaType.SHARED);
            master.setRef("N12:O12");
            master.setSi(0);
            master.setStringValue("2*4");
            CTCellFormula shared = cell(sheet, 14, "8").addNewF();
            shared.setT(STCellFormulaType.SHARED);
            shared.setSi(0);
            CTCellFormula table = cell(sheet, 15, "7").addNewF();
            table.setT(STCellFormulaType.DATA_TABLE);
            table.setRef("P12");
            table.setR1("A1");
            // Written by a program that never calculated it: no value kept.
            sheet.getRow(11).createCell(16).getCTCell().addNewF().setStringValue("SUM(F12:H12)");
            hyperlinks(wb, sheet);
            Row head = sheet.createRow(19);
            head.createCell(0).setCellValue("A");
            head.createCell(1).setCellValue("B");
            sheet.createTable(new AreaReference("A20:B22", wb.getSpreadsheetVersion()));
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static CTCell cell(XSSFSheet sheet, int column, String cachedValue) {
        CTCell cell = sheet.getRow(11).createCell(column).getCTCell();
        cell.setV(cachedValue);
        return cell;
    }

    private static void fillFormulas(Workbook wb, Sheet sheet) {
        Row row = sheet.createRow(11);
        row.createCell(5).setCellValue(-5);
        row.createCell(7).setCellFormula("2*3");
        row.createCell(8).setCellFormula("HYPERLINK(\"http://example.invalid/\",\"click\")");
        row.createCell(12).setCellFormula("1/0");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    private static void hyperlinks(Workbook wb, Sheet sheet) {
        Object[][] links = {{HyperlinkType.URL, "http://evil.invalid/"}, {HyperlinkType.FILE, "file:///C:/Windows/System32/calc.exe"},
                {HyperlinkType.DOCUMENT, "'" + SHEET + "'!F12"}};
        Row row = sheet.createRow(0);
        for (int i = 0; i < links.length; i++) {
            var link = wb.getCreationHelper().createHyperlink((HyperlinkType) links[i][0]);
            link.setAddress((String) links[i][1]);
            row.createCell(i).setCellValue("link " + i);
            row.getCell(i).setHyperlink(link);
        }
    }

    private static byte[] addLiveParts(byte[] xlsx) {
        String contentTypes = """
                <Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>\
                <Override PartName="/xl/vbaProjectSignature.bin" ContentType="application/vnd.ms-office.vbaProjectSignature"/>\
                <Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>\
                <Override PartName="/xl/connections.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml"/>\
                <Override PartName="/xl/queryTables/queryTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml"/>\
                <Override PartName="/xl/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/>\
                <Override PartName="/xl/activeX/activeX1.bin" ContentType="application/vnd.ms-office.activeX"/>\
                <Override PartName="/xl/embeddings/oleObject1.bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>\
                <Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/>\
                <Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>""";
        String workbookRels = rel("rIdVba", MS + "vbaProject", "vbaProject.bin")
                + rel("rIdExt", OOXML + "externalLink", "externalLinks/externalLink1.xml")
                + rel("rIdCon", OOXML + "connections", "connections.xml")
                + rel("rIdXlm", MS + "xlMacrosheet", "macrosheets/sheet1.xml")
                + rel("rIdCalc", OOXML + "calcChain", "calcChain.xml");
        String sheetRels = rel("rIdAx", OOXML + "control", "../activeX/activeX1.xml")
                + rel("rIdOle", OOXML + "oleObject", "../embeddings/oleObject1.bin");
        String controls = """
                <oleObjects><oleObject progId="Package" shapeId="1026" r:id="rIdOle"/></oleObjects>\
                <mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
                xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><mc:Choice Requires="x14">\
                <controls><control shapeId="1025" r:id="rIdAx" name="CommandButton1"/></controls></mc:Choice>\
                <mc:Fallback><controls><control shapeId="1025" r:id="rIdAx" name="CommandButton1"/></controls>\
                </mc:Fallback></mc:AlternateContent>""";
        // The macro sheet first, so that the names of the sheet after it must move one place down.
        String names = """
                <definedName name="Local" localSheetId="1">'Ҳисобот'!$F$12</definedName>\
                <definedName name="Remote">[1]Sheet1!$A$1</definedName>\
                <definedName name="Dde">cmd|' /C calc'!A0</definedName>\
                <definedName name="_xlnm.Auto_Open" hidden="1">Macro1!$A$1</definedName>\
                <definedName name="OnMacroSheet" localSheetId="0">Macro1!$B$1</definedName>""";
        Map<String, java.util.function.UnaryOperator<String>> edits = Map.of(
                "[Content_Types].xml", s -> before("</Types>", contentTypes).apply(s).replace(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
                "_rels/.rels", before("</Relationships>",
                        rel("rIdUi", "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility",
                                "customUI/customUI14.xml")),
                "xl/_rels/workbook.xml.rels", before("</Relationships>", workbookRels),
                "xl/workbook.xml", s -> before("<sheet ", "<sheet name=\"Macro1\" sheetId=\"2\" state=\"hidden\" r:id=\"rIdXlm\"/>")
                        .apply(s).replace("</sheets>", "</sheets>"
                                + "<externalReferences><externalReference r:id=\"rIdExt\"/></externalReferences>"
                                + "<definedNames>" + names + "</definedNames>"),
                "xl/worksheets/_rels/sheet1.xml.rels", before("</Relationships>", sheetRels),
                "xl/worksheets/sheet1.xml", before("<tableParts", controls),
                "xl/tables/table1.xml", s -> s.replace("<table ", "<table tableType=\"queryTable\" ")
                        .replace("<tableColumn id=\"1\" name=\"A\"/>", "<tableColumn id=\"1\" name=\"A\" queryTableFieldId=\"1\"/>"));
        Map<String, String> additions = Map.ofEntries(
                Map.entry("xl/vbaProject.bin", "not really a VBA project"),
                Map.entry("xl/_rels/vbaProject.bin.rels", RELS.formatted(
                        rel("rId1", MS + "vbaProjectSignature", "vbaProjectSignature.bin"))),
                Map.entry("xl/vbaProjectSignature.bin", "not really a signature"),
                Map.entry("xl/externalLinks/externalLink1.xml", """
                        <externalLink xmlns="%s" xmlns:r="%s"><externalBook r:id="rId1"><sheetNames>\
                        <sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1">\
                        <cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>"""
                        .formatted(MAIN, OOXML.substring(0, OOXML.length() - 1))),
                Map.entry("xl/externalLinks/_rels/externalLink1.xml.rels", RELS.formatted(
                        "<Relationship Id=\"rId1\" Type=\"" + OOXML + "externalLinkPath\" "
                                + "Target=\"file:///C:/secret/other.xlsx\" TargetMode=\"External\"/>")),
                Map.entry("xl/connections.xml", """
                        <connections xmlns="%s"><connection id="1" name="evil" type="4" refreshedVersion="6" \
                        refreshOnLoad="1" background="1" saveData="1"><webPr sourceData="1" parsePre="1" \
                        consecutive="1" xl2000="1" url="http://evil.invalid/data"/></connection></connections>"""
                        .formatted(MAIN)),
                Map.entry("xl/queryTables/queryTable1.xml", """
                        <queryTable xmlns="%s" name="evil" connectionId="1" autoFormatId="16" applyNumberFormats="0" \
                        applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" \
                        applyWidthHeightFormats="0"><queryTableRefresh nextId="3"><queryTableFields count="2">\
                        <queryTableField id="1" name="A" tableColumnId="1"/><queryTableField id="2" name="B" \
                        tableColumnId="2"/></queryTableFields></queryTableRefresh></queryTable>""".formatted(MAIN)),
                Map.entry("xl/tables/_rels/table1.xml.rels", RELS.formatted(
                        rel("rId1", OOXML + "queryTable", "../queryTables/queryTable1.xml"))),
                Map.entry("xl/activeX/activeX1.xml", """
                        <ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" xmlns:r="%s" \
                        ax:classid="{D7053240-CE69-11CD-A777-00DD01143C57}" ax:persistence="persistStreamInit" \
                        r:id="rId1"/>""".formatted(OOXML.substring(0, OOXML.length() - 1))),
                Map.entry("xl/activeX/_rels/activeX1.xml.rels", RELS.formatted(
                        rel("rId1", MS + "activeXControlBinary", "activeX1.bin"))),
                Map.entry("xl/activeX/activeX1.bin", "not really a control"),
                Map.entry("xl/embeddings/oleObject1.bin", "not really an OLE object"),
                Map.entry("xl/macrosheets/sheet1.xml", """
                        <xm:macrosheet xmlns="%s" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">\
                        <sheetData><row r="1"><c r="A1"><f>EXEC("calc.exe")</f></c></row><row r="2"><c r="A2">\
                        <f>HALT()</f></c></row></sheetData></xm:macrosheet>""".formatted(MAIN)),
                Map.entry("xl/calcChain.xml", """
                        <calcChain xmlns="%s"><c r="H12" i="1"/><c r="A1" i="2"/></calcChain>""".formatted(MAIN)),
                Map.entry("customUI/customUI14.xml", """
                        <customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui" onLoad="Evil"><ribbon/></customUI>"""));
        return Zips.edit(xlsx, edits, additions);
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    /** An .xls with formulas, a hyperlink, a VBA project's storages and the record that announces it. */
    static byte[] xls() throws IOException {
        byte[] plain;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            fillFormulas(wb, sheet);
            hyperlinks(wb, sheet);
            var records = wb.getInternalWorkbook().getWorkbookRecordList();
            records.add(records.getBspos(), new UnknownRecord(0x00D3, new byte[0]));
            wb.write(out);
            plain = out.toByteArray();
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(plain));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DirectoryEntry vba = fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
            vba.createDocument("PROJECT", new ByteArrayInputStream("ID=\"{00000000}\"".getBytes()));
            vba.createDirectory("VBA").createDocument("dir", new ByteArrayInputStream(new byte[] {1, 2, 3}));
            fs.getRoot().createDirectory("Macros").createDocument("PROJECT", new ByteArrayInputStream(new byte[] {4}));
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
