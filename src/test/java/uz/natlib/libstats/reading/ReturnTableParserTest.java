package uz.natlib.libstats.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

class ReturnTableParserTest {

    /** Builds a sheet row by row; each row is a list of texts, "" for an empty cell. */
    private static SheetContent sheet(String name, boolean hidden, int firstRow, List<List<String>> rows) {
        List<SheetRow> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<Integer, RawCell> cells = new HashMap<>();
            List<String> texts = rows.get(r);
            for (int c = 0; c < texts.size(); c++) {
                if (!texts.get(c).isEmpty()) {
                    cells.put(c, new RawCell(name, CellRefs.ref(firstRow + r, c), texts.get(c),
                            texts.get(c).matches("-?[0-9.]+")));
                }
            }
            if (!cells.isEmpty()) {
                out.add(new SheetRow(firstRow + r, cells));
            }
        }
        return new SheetContent(name, hidden, out);
    }

    private static List<String> header(Script script, int shift) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < shift; i++) {
            row.add("");
        }
        ReturnLayout.TABLE_COLUMNS.forEach(l -> row.add(l.in(script)));
        return row;
    }

    @Test
    void givenATemplateShapedSheet_whenParsed_thenValuesCarryCodeSlotCellAndShownMeasure() {
        SheetContent main = sheet("Ҳисобот", false, 0, List.of(
                List.of("Вилоят", "", "Бухоро вилояти"),
                List.of("Туман (шаҳар)", "", "Жондор тумани"),
                List.of("СОАТО коди", "", "1706246"),
                List.of("Йил", "", "2021"),
                List.of("Чорак", "", "II"),
                List.of(""),
                header(Script.CYRL, 0),
                List.of("", "I", "Ҳужжатларни комплектлаш"),
                List.of("1.2", "1.2", "Сотиб олинган", "ном/нусха", "ном", "12", "нусха", "340", "", "", "", "", ""),
                List.of("4.4", "4.4", "Фондни тўлдириш", "", "", "", "", "", "", "", "", "бажарилди", "анкета ўтказилди")));
        SheetContent meta = sheet(ReturnLayout.META_SHEET, true, 0, List.of(
                List.of("district", "1706246"), List.of("year", "2021"), List.of("quarter", "2")));

        RawReturn raw = ReturnTableParser.parse("jondor.xlsx", "xlsx", List.of(main, meta));

        assertThat(raw.findings()).isEmpty();
        assertThat(raw.identification().meta("district")).contains("1706246");
        assertThat(raw.identification().visible(Label.QUARTER).map(RawCell::text)).contains("II");
        assertThat(raw.identification().visible(Label.SOATO).map(RawCell::cell)).contains("C3");
        assertThat(raw.values()).extracting(RawValue::indicatorCode, RawValue::slot, RawValue::shownMeasureLabel,
                        v -> v.cell().cell(), v -> v.cell().text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.2", 1, "ном", "F9", "12"),
                        org.assertj.core.groups.Tuple.tuple("1.2", 2, "нусха", "H9", "340"));
        assertThat(raw.statuses()).singleElement().satisfies(s -> {
            assertThat(s.indicatorCode()).isEqualTo("4.4");
            assertThat(s.done().text()).isEqualTo("бажарилди");
            assertThat(s.note().text()).isEqualTo("анкета ўтказилди");
        });
    }

    @Test
    void givenLatinLabelsAnExtraColumnAndRowsMovedDown_whenParsed_thenTheTableIsStillFound() {
        List<String> row = new ArrayList<>(List.of("", "", "1.2", "1.2", "Sotib olingan", "nom/nusxa", "nom", "7",
                "nusxa", "9"));
        SheetContent main = sheet("Hisobot", false, 5, List.of(
                List.of("", "Viloyat:", "", "Buxoro viloyati"),
                List.of("", "SOATO kodi", "", "1706246"),
                header(Script.LATN, 2),
                row));

        RawReturn raw = ReturnTableParser.parse("latin.xlsx", "xlsx", List.of(main));

        assertThat(raw.identification().meta()).isEmpty();
        assertThat(raw.identification().visible(Label.SOATO).map(RawCell::text)).contains("1706246");
        assertThat(raw.values()).extracting(v -> v.cell().cell()).containsExactly("H9", "J9");
    }

    @Test
    void givenASheetWithoutTheHeaderRow_whenParsed_thenOneErrorSaysNoTableWasFound() {
        SheetContent main = sheet("Sheet1", false, 0, List.of(List.of("hello", "world")));

        RawReturn raw = ReturnTableParser.parse("other.xlsx", "xlsx", List.of(main));

        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.NO_RETURN_TABLE);
            assertThat(f.isError()).isTrue();
            assertThat(f.message().en()).contains("«Code»");
        });
    }
}
