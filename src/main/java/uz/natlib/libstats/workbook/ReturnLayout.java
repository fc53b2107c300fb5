package uz.natlib.libstats.workbook;

import java.util.List;
import java.util.Map;

import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.UzbekScript;

/**
 * The shape of a return or plan workbook, shared by the template writer and the reader. The
 * reader finds everything by these labels (in either script or English), never by fixed cell
 * addresses, so a workbook that gained a row or column, or uses the other script, still reads.
 *
 * <pre>
 * rows 1-2   title
 * rows 3-9   identification: label in column A, value in column C
 *            (region, district, SOATO code, year, quarter, kind, template version)
 * row 11     table header: Code | No | Indicator | Unit | Measure 1 | Value 1 | Measure 2 | Value 2 |
 *            Measure 3 | Value 3 | Plan | Done | Note
 * rows 12-   section heading rows (code cell empty, section numeral in No) and indicator rows
 *            (code cell = the catalogue's stable code, as text); value k holds the indicator's k-th
 *            measure; "Measure k" shows that measure's label; Done holds done / not done for
 *            qualitative rows
 * sheet "_libstats" (hidden): key in column A, value in column B, for every META_* key
 * </pre>
 */
public final class ReturnLayout {

    public static final String TEMPLATE_FORMAT = "libstats-return";
    /** Changes when the layout changes in a way an older reader could not follow. */
    public static final String TEMPLATE_VERSION = "2021.1";

    public static final String META_SHEET = "_libstats";
    public static final String META_FORMAT = "format";
    public static final String META_TEMPLATE_VERSION = "template_version";
    public static final String META_KIND = "kind";
    public static final String META_DISTRICT = "district";
    public static final String META_REGION = "region";
    public static final String META_YEAR = "year";
    public static final String META_QUARTER = "quarter";
    public static final String META_SCRIPT = "script";

    public static final int MAX_MEASURES = 3;

    /** Roles of header cells and identification labels; each has its label in every script. */
    public enum Label {
        // identification labels (column A of the header block)
        REGION("Вилоят", "Region"),
        DISTRICT("Туман (шаҳар)", "District (city)"),
        SOATO("СОАТО коди", "SOATO code"),
        YEAR("Йил", "Year"),
        QUARTER("Чорак", "Quarter"),
        KIND("Ҳужжат тури", "Document"),
        TEMPLATE_VERSION("Шакл версияси", "Template version"),
        // table header
        CODE("Код", "Code"),
        NUMBER("№", "No"),
        INDICATOR("Кўрсаткич", "Indicator"),
        UNIT("Ўлчов бирлиги", "Unit"),
        MEASURE_1("1-ўлчов", "Measure 1"),
        VALUE_1("1-қиймат", "Value 1"),
        MEASURE_2("2-ўлчов", "Measure 2"),
        VALUE_2("2-қиймат", "Value 2"),
        MEASURE_3("3-ўлчов", "Measure 3"),
        VALUE_3("3-қиймат", "Value 3"),
        PLAN("Йиллик режа", "Annual plan"),
        DONE("Бажарилди", "Done"),
        NOTE("Изоҳ", "Note");

        private final String cyrl;
        private final String en;
        private final String cyrlKey;
        private final String enKey;

        Label(String cyrl, String en) {
            this.cyrl = cyrl;
            this.en = en;
            this.cyrlKey = UzbekScript.matchKey(cyrl);
            this.enKey = UzbekScript.matchKey(en);
        }

        public String cyrl() {
            return cyrl;
        }

        public String latn() {
            return UzbekScript.toLatin(cyrl);
        }

        public String en() {
            return en;
        }

        public String in(Script script) {
            return script == Script.LATN ? latn() : cyrl;
        }

        /** Whether a cell's text is this label in any script, any case, any apostrophe. */
        public boolean matches(String text) {
            // Labels are short: a long text (an indicator's wording) is never one, and need not be keyed.
            if (text == null || text.isBlank() || text.length() > 40) {
                return false;
            }
            String key = UzbekScript.matchKey(text);
            int end = key.length();
            while (end > 0 && (key.charAt(end - 1) == ':' || key.charAt(end - 1) == '.')) {
                end--;
            }
            key = key.substring(0, end).strip();
            return key.equals(cyrlKey) || key.equals(enKey);
        }
    }

    public static final List<Label> IDENTIFICATION = List.of(Label.REGION, Label.DISTRICT, Label.SOATO, Label.YEAR,
            Label.QUARTER, Label.KIND, Label.TEMPLATE_VERSION);

    /** Column order written by the template writer (0-based index = position in this list). */
    public static final List<Label> TABLE_COLUMNS = List.of(Label.CODE, Label.NUMBER, Label.INDICATOR, Label.UNIT,
            Label.MEASURE_1, Label.VALUE_1, Label.MEASURE_2, Label.VALUE_2, Label.MEASURE_3, Label.VALUE_3,
            Label.PLAN, Label.DONE, Label.NOTE);

    public static final List<Label> VALUE_COLUMNS = List.of(Label.VALUE_1, Label.VALUE_2, Label.VALUE_3);
    public static final List<Label> MEASURE_COLUMNS = List.of(Label.MEASURE_1, Label.MEASURE_2, Label.MEASURE_3);

    /** Words for the two answers of a qualitative row, by script. */
    public static final Map<Script, List<String>> DONE_WORDS = Map.of(
            Script.CYRL, List.of("бажарилди", "бажарилмади"),
            Script.LATN, List.of("bajarildi", "bajarilmadi"));

    /** Words for the kind of document, by script: return, plan. */
    public static final Map<Script, List<String>> KIND_WORDS = Map.of(
            Script.CYRL, List.of("чорак ҳисоботи", "йиллик режа"),
            Script.LATN, List.of("chorak hisoboti", "yillik reja"));

    public static final List<String> ROMAN_QUARTERS = List.of("I", "II", "III", "IV");

    private ReturnLayout() {
    }
}
