package uz.natlib.libstats.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;

/** A sender's workbook comes back inert: values, no macros, no links, no connections, a plain .xlsx. */
class HandedBackWorkbookTest {

    private static final String PLAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static FeedbackReport report() {
        return new FeedbackReport("jondor.xlsm", FeedbackReport.Outcome.REJECTED, null, null, null, List.of(
                Finding.error(RuleId.NEGATIVE_VALUE, HostileWorkbooks.SHEET, "F12", "-5",
                        Message.of("F12: қиймат манфий", "F12: the figure is negative"))));
    }

    private static byte[] feedback(byte[] original) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeedbackWorkbook.write(original, report(), out);
        return out.toByteArray();
    }

    @Test
    void givenAWorkbookWithMacrosLinksConnectionsAndControls_whenHandedBack_thenNoneOfThemIsInItsPackage()
            throws IOException {
        byte[] original = HostileWorkbooks.xlsm();
        assertThat(Zips.entries(original)).containsKeys("xl/vbaProject.bin", "xl/externalLinks/externalLink1.xml",
                "xl/connections.xml", "xl/macrosheets/sheet1.xml", "customUI/customUI14.xml");

        Map<String, byte[]> back = Zips.entries(feedback(original));

        assertThat(back.keySet()).noneMatch(name -> name.matches(
                "(?i).*(vbaProject|activeX|customUI|externalLink|connections|queryTable|macrosheet|calcChain|embeddings).*"));
        String contentTypes = Zips.text(back, "[Content_Types].xml");
        assertThat(contentTypes).containsPattern("<Override (ContentType=\"" + Pattern.quote(PLAIN)
                        + "\" PartName=\"/xl/workbook.xml\"|PartName=\"/xl/workbook.xml\" ContentType=\""
                        + Pattern.quote(PLAIN) + "\")")
                .doesNotContainIgnoringCase("macroEnabled").doesNotContainIgnoringCase("vbaProject")
                .doesNotContainIgnoringCase("activeX").doesNotContain("externalLink").doesNotContain("connections")
                .doesNotContain("queryTable").doesNotContainIgnoringCase("macrosheet").doesNotContain("oleObject");
        for (String name : back.keySet()) {
            if (name.endsWith(".rels")) {
                assertThat(Zips.text(back, name)).as(name).doesNotContain("TargetMode=\"External\"")
                        .doesNotContainPattern("Type=\"[^\"]*/(vbaProject|externalLink|connections|queryTable|control"
                                + "|ctrlProp|oleObject|xlMacrosheet|extensibility|hyperlink|calcChain)\"");
            }
        }
        String workbook = Zips.text(back, "xl/workbook.xml");
        assertThat(workbook).doesNotContain("externalReference", "Macro1", "[1]", "cmd|", "Auto_Open");
        String sheet = sheetXml(back, HostileWorkbooks.SHEET);
        assertThat(sheet).doesNotContainPattern("<(\\w+:)?f[ >]").doesNotContain("controls", "oleObject", "hyperlink");
        assertThat(Zips.text(back, "xl/tables/table1.xml")).doesNotContain("queryTable");
        everyReferenceResolves(back);
    }

    @Test
    void givenAWorkbookWithFormulasOfEveryKind_whenHandedBack_thenEachCellHoldsTheValueItShowed() throws IOException {
        try (Workbook back = new XSSFWorkbook(new ByteArrayInputStream(feedback(HostileWorkbooks.xlsm())))) {
            assertNoFormulas(back);
            Row row = back.getSheet(HostileWorkbooks.SHEET).getRow(11);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(-5);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(6);
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("click");
            assertThat(row.getCell(9).getNumericCellValue()).as("the DDE formula's last value").isZero();
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(6);
            assertThat(row.getCell(12).getErrorCellValue()).isEqualTo(FormulaError.DIV0.getCode());
            assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(8);
            assertThat(row.getCell(14).getNumericCellValue()).isEqualTo(8);
            assertThat(row.getCell(15).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(16).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(row.getCell(16).getCellComment().getString().getString())
                    .contains("формула", "formula", "=SUM(F12:H12)");
            assertThat(((XSSFWorkbook) back).isMacroEnabled()).isFalse();
            assertThat(((XSSFWorkbook) back).getExternalLinksTable()).isEmpty();
        }
    }

    @Test
    void givenNamesOfLinksDdeAndMacros_whenHandedBack_thenOnlyTheWorkbooksOwnNameIsLeftOnItsSheet() throws IOException {
        try (Workbook back = new XSSFWorkbook(new ByteArrayInputStream(feedback(HostileWorkbooks.xlsm())))) {
            assertThat(back.getAllNames()).extracting(Name::getNameName).containsExactly("Local");
            Name local = back.getName("Local");
            assertThat(local.getRefersToFormula()).isEqualTo("'" + HostileWorkbooks.SHEET + "'!$F$12");
            assertThat(back.getSheetName(local.getSheetIndex())).isEqualTo(HostileWorkbooks.SHEET);
        }
    }

    @Test
    void givenCellHyperlinks_whenHandedBack_thenTheyAreGoneAndTheirTextStays() throws IOException {
        try (Workbook back = new XSSFWorkbook(new ByteArrayInputStream(feedback(HostileWorkbooks.xlsm())))) {
            Sheet sheet = back.getSheet(HostileWorkbooks.SHEET);
            assertThat(sheet.getHyperlinkList()).isEmpty();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("link 0");
        }
    }

    @Test
    void givenAnXlsWithFormulasHyperlinksAndAVbaProject_whenHandedBack_thenValuesOnlyAndNoMacroStorage()
            throws IOException {
        byte[] original = HostileWorkbooks.xls();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(original));
             HSSFWorkbook wb = new HSSFWorkbook(fs)) {
            assertThat(fs.getRoot().hasEntry("_VBA_PROJECT_CUR")).isTrue();
            assertThat(wb.getInternalWorkbook().getRecords()).anyMatch(r -> r.getSid() == 0x00D3);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(FeedbackWorkbook.write(original, report(), out)).isEqualTo("xls");

        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(out.toByteArray()));
             HSSFWorkbook back = new HSSFWorkbook(fs)) {
            assertThat(fs.getRoot().hasEntry("_VBA_PROJECT_CUR")).isFalse();
            assertThat(fs.getRoot().hasEntry("Macros")).isFalse();
            assertThat(back.getInternalWorkbook().getRecords()).noneMatch(r -> r.getSid() == 0x00D3);
            assertNoFormulas(back);
            Row row = back.getSheet(HostileWorkbooks.SHEET).getRow(11);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(6);
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("click");
            assertThat(row.getCell(12).getErrorCellValue()).isEqualTo(FormulaError.DIV0.getCode());
            assertThat(back.getSheet(HostileWorkbooks.SHEET).getHyperlinkList()).isEmpty();
        }
    }

    @Test
    void givenAFindingOverAReadingLimit_whenFeedbackWritten_thenTheFileIsNotRebuiltButListedAlone() throws IOException {
        FeedbackReport tooMany = new FeedbackReport("big.xlsx", FeedbackReport.Outcome.REJECTED, null, null, null,
                List.of(Finding.error(RuleId.TOO_MANY_ROWS, HostileWorkbooks.SHEET, null, null,
                        Message.of("Қаторлар жуда кўп", "Too many rows"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FeedbackWorkbook.write(HostileWorkbooks.xlsm(), tooMany, out);

        try (Workbook back = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(back.getNumberOfSheets()).isEqualTo(1);
            assertThat(back.getSheetName(0)).isEqualTo(FeedbackWorkbook.FINDINGS_SHEET);
        }
    }

    static void assertNoFormulas(Workbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    private static String sheetXml(Map<String, byte[]> back, String name) {
        String workbook = Zips.text(back, "xl/workbook.xml");
        Matcher sheet = Pattern.compile("<sheet [^>]*name=\"" + name + "\"[^>]*r:id=\"(\\w+)\"").matcher(workbook);
        assertThat(sheet.find()).as(workbook).isTrue();
        Matcher target = Pattern.compile("Id=\"" + sheet.group(1) + "\" Target=\"/?(?:xl/)?([^\"]+)\"|Target=\"/?(?:xl/)?"
                + "([^\"]+)\"[^>]*Id=\"" + sheet.group(1) + "\"").matcher(Zips.text(back, "xl/_rels/workbook.xml.rels"));
        assertThat(target.find()).isTrue();
        return Zips.text(back, "xl/" + (target.group(1) != null ? target.group(1) : target.group(2)));
    }

    /**
     * Nothing dangles, or Excel would offer to repair the file: every r:id in a part has its
     * relationship, every relationship inside the package its part, every override its part.
     */
    private static void everyReferenceResolves(Map<String, byte[]> back) {
        for (var entry : back.entrySet()) {
            String name = entry.getKey();
            if (!name.endsWith(".xml") || name.equals("[Content_Types].xml")) {
                continue;
            }
            Set<String> ids = relationshipIds(back, name);
            for (String id : referencedIds(entry.getValue())) {
                assertThat(ids).as(name + " refers to " + id).contains(id);
            }
        }
        for (String name : back.keySet()) {
            if (name.endsWith(".rels")) {
                String folder = name.replaceFirst("_rels/[^/]*$", "");
                Matcher target = Pattern.compile("Target=\"([^\"]+)\"(?! TargetMode=\"External\")").matcher(Zips.text(back, name));
                while (target.find()) {
                    String path = target.group(1).startsWith("/") ? target.group(1).substring(1)
                            : java.nio.file.Path.of(folder, target.group(1)).normalize().toString();
                    assertThat(back).as(name + " points at " + path).containsKey(path);
                }
            }
        }
        Matcher override = Pattern.compile("PartName=\"/([^\"]+)\"").matcher(Zips.text(back, "[Content_Types].xml"));
        while (override.find()) {
            assertThat(back).containsKey(override.group(1));
        }
    }

    private static Set<String> relationshipIds(Map<String, byte[]> back, String part) {
        int slash = part.lastIndexOf('/');
        String rels = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
        Set<String> ids = new HashSet<>();
        String text = Zips.text(back, rels);
        if (text != null) {
            Matcher id = Pattern.compile("Id=\"([^\"]+)\"").matcher(text);
            while (id.find()) {
                ids.add(id.group(1));
            }
        }
        return ids;
    }

    private static List<String> referencedIds(byte[] xml) {
        List<String> ids = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            NodeList all = document.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    if (R.equals(attributes.item(a).getNamespaceURI())) {
                        ids.add(attributes.item(a).getNodeValue());
                    }
                }
            }
        } catch (Exception e) {
            throw new AssertionError("not XML: " + e, e);
        }
        return ids;
    }
}
