package uz.natlib.libstats.templates;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Measure;
import uz.natlib.libstats.catalogue.Section;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.vocabulary.UzbekScript;
import uz.natlib.libstats.workbook.ReturnLayout;

/**
 * The words a workbook shows, in the script the district asked for. Latin text is transliterated
 * from the Cyrillic so the two never drift apart; transliterations are cached because thousands of
 * sample workbooks repeat the same units.
 */
final class TemplateTexts {

    private static final Map<String, String> LATIN = new ConcurrentHashMap<>();

    private final Script script;

    TemplateTexts(Script script) {
        this.script = script;
    }

    boolean latin() {
        return script == Script.LATN;
    }

    String sheetName(SubmissionKind kind) {
        return word(kind == SubmissionKind.PLAN ? "Режа" : "Ҳисобот");
    }

    String title(SubmissionKind kind) {
        return word(kind == SubmissionKind.PLAN
                ? "Ахборот-кутубхона марказининг йиллик иш режаси"
                : "Ахборот-кутубхона марказининг чорак ҳисоботи");
    }

    String subtitle(Territory district, Territory region, int year, Integer quarter) {
        String period = quarter == null ? year + " " + word("йил")
                : year + " " + word("йил") + ", " + roman(quarter) + " " + word("чорак");
        return name(district) + ", " + name(region) + ": " + period;
    }

    String hint(SubmissionKind kind) {
        return word(kind == SubmissionKind.PLAN
                ? "Рангли катакларга йиллик режа рақамларини ёзинг; катаклари кулранг қаторларга режа тузилмайди."
                        + " Бўш катак – режа йўқ (0 эмас)."
                : "Фақат рангли катакларни тўлдиринг. Бўш катак – маълумот берилмаган (0 эмас); "
                        + "бажарилмаган иш учун 0 ёзинг.");
    }

    String kindWords(SubmissionKind kind) {
        return ReturnLayout.KIND_WORDS.get(script).get(kind == SubmissionKind.PLAN ? 1 : 0);
    }

    String label(ReturnLayout.Label label) {
        return label.in(script);
    }

    String name(Territory territory) {
        return latin() ? territory.nameLatn() : territory.nameCyrl();
    }

    String label(Section section) {
        return latin() ? section.labelLatn() : section.labelCyrl();
    }

    String label(Indicator indicator) {
        return latin() ? indicator.labelLatn() : indicator.labelCyrl();
    }

    String label(Measure measure) {
        return latin() ? measure.labelLatn() : measure.labelCyrl();
    }

    String unit(Indicator indicator) {
        return indicator.unitSeed() == null ? "" : word(indicator.unitSeed());
    }

    String wholeNumberError() {
        return word("Манфий бўлмаган бутун сон ёзинг (0, 1, 2, ...). Бўш қолдириш мумкин.");
    }

    String decimalError() {
        return word("Манфий бўлмаган сон ёзинг (масалан 12,5). Бўш қолдириш мумкин.");
    }

    String doneError() {
        return word("Рўйхатдан танланг: бажарилди ёки бажарилмади.");
    }

    String errorTitle() {
        return word("Нотўғри қиймат");
    }

    static String roman(int quarter) {
        return ReturnLayout.ROMAN_QUARTERS.get(quarter - 1);
    }

    /** Cyrillic text as the script wants it. */
    String word(String cyrillic) {
        return latin() ? LATIN.computeIfAbsent(cyrillic, UzbekScript::toLatin) : cyrillic;
    }
}
