package uz.natlib.libstats.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.SpreadsheetText;

class FeedbackWorkbookTest {

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Ҳисобот").createRow(11).createCell(5).setCellValue(-5);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static FeedbackReport report(List<Finding> findings) {
        return new FeedbackReport("jondor.xlsx", FeedbackReport.Outcome.REJECTED, "Жондор тумани (1706246)", "2021Q1",
                null, findings);
    }

    private final Finding negative = Finding.error(RuleId.NEGATIVE_VALUE, "Ҳисобот", "F12", "-5",
            Message.of("F12: қиймат (-5) манфий бўлиши мумкин эмас", "F12: the figure (-5) cannot be negative"));
    private final Finding note = Finding.info(RuleId.NORMALISED, "Ҳисобот", "G12", "1 200",
            Message.of("G12: «1 200» 1200 деб ўқилди", "G12: «1 200» read as 1200"));

    private final Finding jump = Finding.warning(RuleId.STOCK_JUMP, "Ҳисобот", "H12", "900",
            Message.of("H12: кескин фарқ", "H12: a sharp change"));
    private final Finding jumpOnTheNegative = Finding.warning(RuleId.STOCK_JUMP, "Ҳисобот", "F12", "-5",
            Message.of("F12: кескин фарқ", "F12: a sharp change"));

    @Test
    void givenFindingsOnCells_whenFeedbackWritten_thenThoseCellsAreFilledAndCommentedInBothScriptsAndEnglish()
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(FeedbackWorkbook.write(workbook(), report(List.of(note, jumpOnTheNegative, negative, jump)), out))
                .isEqualTo("xlsx");

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            Cell marked = wb.getSheet("Ҳисобот").getRow(11).getCell(5);
            assertThat(marked.getNumericCellValue()).isEqualTo(-5);
            // an error and a warning on one cell: red (the worse), and the comment stands open on the sheet
            assertThat(marked.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(marked.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(marked.getCellComment().getString().getString())
                    .contains("манфий", "manfiy", "cannot be negative", "a sharp change");
            assertThat(marked.getCellComment().isVisible()).isTrue();
            // a note: blue, its comment opens when pointed at
            Cell created = wb.getSheet("Ҳисобот").getRow(11).getCell(6);
            assertThat(created.getCellComment().getString().getString()).contains("read as 1200");
            assertThat(created.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(created.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.PALE_BLUE.getIndex());
            assertThat(created.getCellComment().isVisible()).isFalse();
            // a warning: yellow, closed
            Cell warned = wb.getSheet("Ҳисобот").getRow(11).getCell(7);
            assertThat(warned.getCellComment().getString().getString()).contains("a sharp change");
            assertThat(warned.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(warned.getCellComment().isVisible()).isFalse();
            // a cell no finding points at keeps no fill
            assertThat(wb.getSheet("Ҳисобот").getRow(11).getCell(4)).isNull();
        }
    }

    @Test
    void givenFindings_whenListed_thenEachRuleIsNamedInWordsInTheThreeLanguagesBesideItsCode() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeedbackWorkbook.write(workbook(), report(List.of(negative)), out);

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            var list = wb.getSheetAt(0);
            assertThat(list.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Қоида\nQoida\nRule");
            assertThat(list.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Қоида коди\nQoida kodi\nRule code");
            // As the message column: Cyrillic, Latin, English, line by line.
            assertThat(list.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Манфий сон\nManfiy son\nNegative figure");
            assertThat(list.getRow(3).getCell(6).getStringCellValue()).isEqualTo("NegativeValue");
        }
        assertThat(FeedbackText.render(report(List.of(negative)))).contains("— Манфий сон", "— Manfiy son",
                "— Negative figure", "(NegativeValue)");
    }

    @Test
    void givenEveryRule_whenNamedInWords_thenNoneIsItsCodeAndTheLatinIsNoCyrillic() {
        for (RuleId rule : RuleId.values()) {
            Message words = rule.words();
            assertThat(words.en()).as(rule.code()).isNotBlank().isNotEqualTo(rule.code());
            assertThat(words.cyrl()).as(rule.code()).containsPattern("\\p{IsCyrillic}");
            assertThat(words.latn()).as(rule.code()).doesNotContainPattern("\\p{IsCyrillic}");
        }
    }

    @Test
    void givenErrorsOnNeighbouringCells_whenFeedbackWritten_thenTheirOpenCommentsStandInTheMarginOneBelowTheOther()
            throws IOException {
        byte[] original;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Ҳисобот");
            // A return's row: code, label, three measures, the plan beside them (columns A..H).
            for (int r = 10; r <= 12; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c <= 7; c++) {
                    row.createCell(c).setCellValue(c);
                }
            }
            wb.write(bytes);
            original = bytes.toByteArray();
        }
        Finding first = Finding.error(RuleId.NEGATIVE_VALUE, "Ҳисобот", "D11", "-5",
                Message.of("D11: қиймат манфий", "D11: negative"));
        Finding second = Finding.error(RuleId.NEGATIVE_VALUE, "Ҳисобот", "D12", "-6",
                Message.of("D12: қиймат манфий", "D12: negative"));
        Finding hint = Finding.info(RuleId.NORMALISED, "Ҳисобот", "E12", "1 200",
                Message.of("E12: «1 200» 1200 деб ўқилди", "E12: read as 1200"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeedbackWorkbook.write(original, report(List.of(first, second, hint)), out);

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheet("Ҳисобот");
            var upper = sheet.getRow(10).getCell(3).getCellComment();
            var lower = sheet.getRow(11).getCell(3).getCellComment();
            var closed = sheet.getRow(11).getCell(4).getCellComment();
            assertThat(upper.isVisible()).isTrue();
            assertThat(lower.isVisible()).isTrue();
            assertThat(closed.isVisible()).isFalse();
            // Right of column H, the plan: no box covers a cell the clerk must read.
            for (var comment : List.of(upper, lower, closed)) {
                assertThat((int) comment.getClientAnchor().getCol1()).isGreaterThan(7);
            }
            assertThat(upper.getClientAnchor().getRow1()).isEqualTo(10);
            assertThat(lower.getClientAnchor().getRow1()).isGreaterThanOrEqualTo(upper.getClientAnchor().getRow2());
        }
    }

    @Test
    void givenFindings_whenFeedbackWritten_thenTheFirstSheetListsThemErrorsFirst() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeedbackWorkbook.write(workbook(), report(List.of(note, negative)), out);

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.FINDINGS_SHEET);
            var list = wb.getSheetAt(0);
            assertThat(list.getRow(0).getCell(0).getStringCellValue())
                    .contains("РАД ЭТИЛДИ", "RAD ETILDI", "REJECTED", "jondor.xlsx", "Errors: 1");
            assertThat(list.getRow(3).getCell(6).getStringCellValue()).isEqualTo("NegativeValue");
            assertThat(list.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Ҳисобот!F12");
            assertThat(list.getRow(4).getCell(6).getStringCellValue()).isEqualTo("Normalised");
        }
    }

    @Test
    void givenAFileThatIsNoWorkbook_whenFeedbackWritten_thenANewWorkbookWithTheListAlone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Finding unreadable = Finding.error(RuleId.UNREADABLE_FILE, null, null, null, Message.of("Файлни ўқиб бўлмади", "Unreadable"));
        FeedbackWorkbook.write("hello".getBytes(), report(List.of(unreadable)), out);

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(3).getCell(6).getStringCellValue()).isEqualTo("UnreadableFile");
        }
    }

    @Test
    void givenASendersFormulasAndMacroEnabledType_whenFeedbackWritten_thenOnlyTheirValuesComeBackInAPlainWorkbook()
            throws IOException {
        byte[] original;
        try (XSSFWorkbook wb = new XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = wb.createSheet("Ҳисобот").createRow(11);
            row.createCell(5).setCellValue(-5);
            row.createCell(7).setCellFormula("2*3");
            row.createCell(8).setCellFormula("HYPERLINK(\"http://example.invalid/\",\"click\")");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            original = out.toByteArray();
        }
        ByteArrayOutputStream feedback = new ByteArrayOutputStream();

        FeedbackWorkbook.write(original, report(List.of(negative)), feedback);

        try (Workbook back = WorkbookFactory.create(new ByteArrayInputStream(feedback.toByteArray()))) {
            for (var sheet : back) {
                for (var r : sheet) {
                    for (Cell cell : r) {
                        assertThat(cell.getCellType()).as(cell.getAddress().toString())
                                .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    }
                }
            }
            var row = back.getSheet("Ҳисобот").getRow(11);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(6.0);
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("click");
            assertThat(((XSSFWorkbook) back).isMacroEnabled()).isFalse();
        }
    }

    @Test
    void givenAValueSeenThatLooksLikeAFormula_whenListed_thenTheFindingsSheetHoldsItNeutralised() throws IOException {
        Finding injected = Finding.error(RuleId.NOT_A_NUMBER, "Ҳисобот", "F12", "=HYPERLINK(\"http://x.invalid\")",
                Message.of("F12: сон эмас", "F12: not a number"));
        ByteArrayOutputStream feedback = new ByteArrayOutputStream();

        FeedbackWorkbook.write(workbook(), report(List.of(injected, negative)), feedback);

        try (Workbook back = WorkbookFactory.create(new ByteArrayInputStream(feedback.toByteArray()))) {
            var findings = back.getSheet(FeedbackWorkbook.FINDINGS_SHEET);
            java.util.List<String> seen = new java.util.ArrayList<>();
            for (int r = 3; r <= findings.getLastRowNum(); r++) {
                seen.add(findings.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(seen).containsExactlyInAnyOrder("'=HYPERLINK(\"http://x.invalid\")", "-5");
        }
    }

    @Test
    void givenNoOriginal_whenFeedbackWritten_thenANewWorkbookWithTheListAlone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(FeedbackWorkbook.write(null, report(List.of(negative)), out)).isEqualTo("xlsx");

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.FINDINGS_SHEET);
            assertThat(wb.getSheetAt(0).getRow(3).getCell(6).getStringCellValue()).isEqualTo("NegativeValue");
        }
    }

    @Test
    void givenSendersTextThatLooksLikeFormulas_whenListed_thenNoCellOfTheFindingsSheetStartsOne() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://x.invalid\")", "+cmd", "@SUM(1)", "-1+2", "\tTAB", "\r=1+1");
        List<Finding> findings = new java.util.ArrayList<>();
        for (String text : hostile) {
            findings.add(Finding.error(RuleId.NOT_A_NUMBER, text, "F12", text, Message.of(text + " — сон эмас", text + " is not a number")));
        }
        findings.add(negative);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FeedbackWorkbook.write(workbook(), new FeedbackReport(hostile.get(0), FeedbackReport.Outcome.REJECTED, null, null,
                new Message(hostile.get(1), hostile.get(1), hostile.get(1)), findings), out);

        try (Workbook back = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            HandedBackWorkbookTest.assertNoFormulas(back);
            List<String> texts = new java.util.ArrayList<>();
            for (var row : back.getSheet(FeedbackWorkbook.FINDINGS_SHEET)) {
                for (Cell cell : row) {
                    texts.add(cell.getStringCellValue());
                }
            }
            assertThat(texts).filteredOn(t -> !t.matches("[+-]?\\d+([.,]\\d+)?"))
                    .noneMatch(t -> !t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0);
            assertThat(texts).contains("'-1+2", "'@SUM(1)", "'\tTAB", "'+cmd!F12", "-5");
        }
    }

    @Test
    void givenAMessageQuotingAHugeCellThreeTimes_whenFeedbackWritten_thenItsCellAndCommentAreCutToExcelsLimit()
            throws IOException {
        String cell = "Ҳ".repeat(11_000);
        Finding huge = Finding.error(RuleId.NOT_A_NUMBER, "Ҳисобот", "F12", cell,
                Message.of("F12: «" + cell + "» «" + cell + "» «" + cell + "»", "F12: «" + cell + "» three times"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FeedbackWorkbook.write(workbook(), report(List.of(huge, huge)), out);

        try (Workbook back = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            String listed = back.getSheet(FeedbackWorkbook.FINDINGS_SHEET).getRow(3).getCell(4).getStringCellValue();
            assertThat(listed).hasSize(SpreadsheetText.CELL_LIMIT).endsWith("…").startsWith("F12: «ҲҲ");
            String comment = back.getSheet("Ҳисобот").getRow(11).getCell(5).getCellComment().getString().getString();
            assertThat(comment).hasSize(SpreadsheetText.CELL_LIMIT).endsWith("…");
            assertThat(back.getSheet(FeedbackWorkbook.FINDINGS_SHEET).getRow(3).getCell(3).getStringCellValue())
                    .isEqualTo(cell);
        }
    }

    @Test
    void givenOurOwnFeedbackWorkbookSentBack_whenFeedbackWritten_thenItsOldListGivesWayToTheNewOne() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        FeedbackWorkbook.write(workbook(), report(List.of(negative)), first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        FeedbackWorkbook.write(first.toByteArray(), report(List.of(note)), second);

        try (Workbook back = WorkbookFactory.create(new ByteArrayInputStream(second.toByteArray()))) {
            assertThat(back.getNumberOfSheets()).isEqualTo(2);
            assertThat(back.getSheetAt(0).getRow(3).getCell(6).getStringCellValue()).isEqualTo("Normalised");
            assertThat(back.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .contains("қийматлари", "qiymatlari", "replaced by their values");
        }
    }

    @Test
    void givenFormulaLikeInlineTextsInTheSendersSheet_whenHandedBack_thenNoneStartsAFormula() throws IOException {
        byte[] sample = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("sample-input/1706-buxoro-viloyati/1706204_olot-tumani_2021_Q1.xlsx"));
        String[] risky = {"=1+1", "+cmd|' /C calc'!A0", "@SUM(1,1)", "-2+3", "\t=1+1"};
        int[] next = {0};
        byte[] hostile = Zips.edit(sample, java.util.Map.of("xl/worksheets/sheet1.xml", xml -> {
            java.util.regex.Matcher inline = java.util.regex.Pattern.compile("<is><t>[^<]*</t></is>").matcher(xml);
            StringBuilder out = new StringBuilder();
            while (inline.find()) {
                String text = next[0] < risky.length ? risky[next[0]++] : null;
                inline.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        text == null ? inline.group() : "<is><t xml:space=\"preserve\">" + text + "</t></is>"));
            }
            inline.appendTail(out);
            return out.toString();
        }), java.util.Map.of());
        assertThat(next[0]).isEqualTo(risky.length);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeedbackWorkbook.write(hostile, report(List.of(negative)), out);

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> texts = new java.util.ArrayList<>();
            wb.getSheet(wb.getSheetName(1)).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
            assertThat(texts).contains("'=1+1", "'+cmd|' /C calc'!A0", "'@SUM(1,1)", "'-2+3", "'\t=1+1")
                    .noneMatch(t -> !t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0);
        }
    }
}
