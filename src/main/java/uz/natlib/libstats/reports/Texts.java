package uz.natlib.libstats.reports;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import uz.natlib.libstats.vocabulary.Script;

/**
 * Every word a report prints, written once in Uzbek Cyrillic; the Latin texts are transliterated
 * by the project's rules, so the two scripts cannot drift apart.
 */
final class Texts {

    private static final Map<String, String> CYRILLIC = Map.ofEntries(
            Map.entry("title.region-quarter", "{0}: {1} йил {2} чорак йиғма ҳисоботи"),
            Map.entry("title.nation-quarter", "Ўзбекистон Республикаси: {1} йил {2} чорак йиғма ҳисоботи"),
            Map.entry("title.nation-year", "Ўзбекистон Республикаси: {1} йил якуний ҳисоботи"),
            Map.entry("title.completeness", "Ҳисоботлар тўлиқлиги ва сифати: {1} йил {2} чорак"),
            Map.entry("title.district-profile", "{0}: {1} йил чораклар бўйича кўрсаткичлар"),
            Map.entry("subtitle.region-quarter", "Ахборот-кутубхона марказлари статистик ҳисоботи, туманлар (шаҳарлар) кесимида"),
            Map.entry("subtitle.nation-quarter", "Ахборот-кутубхона марказлари статистик ҳисоботи, ҳудудлар кесимида"),
            Map.entry("subtitle.nation-year", "Йил якуни (IV чоракгача), режа бажарилиши ва ўтган йилга нисбатан ўзгариш, ҳудудлар кесимида"),
            Map.entry("subtitle.completeness", "Ҳар бир туман (шаҳар) бир марта саналади: ҳисоботи қабул қилинган, фақат рад этилган файллари келган ёки бирорта ҳам файли келмаган; топшириш муддати {0}"),
            Map.entry("subtitle.district-profile", "{0}; йиллик режа ва унинг бажарилиши"),
            Map.entry("col.number", "№"),
            Map.entry("col.indicator", "Кўрсаткич"),
            Map.entry("col.measure", "Ўлчов"),
            Map.entry("col.quarter", "{0} чорак"),
            Map.entry("col.reporting", "Топширган / кутилган"),
            Map.entry("col.ytd", "Йил бошидан (◆ давр охирига)"),
            Map.entry("col.ytdReporting", "Йил бошидан топширган / кутилган"),
            Map.entry("col.planCoverage", "Режаси ва ҳисоботи бор туманлар"),
            Map.entry("col.previousQuarter", "Ўтган йил, {0} чорак"),
            Map.entry("col.yearEnd", "{0} йил (◆ йил охирига)"),
            Map.entry("col.ytdShort", "Йил бошидан"),
            Map.entry("col.code", "Код"),
            Map.entry("col.seedNumber", "Жадвалдаги №"),
            Map.entry("col.section", "Бўлим"),
            Map.entry("col.aggregation", "Тури"),
            Map.entry("aggregation.stock", "ҳолат (давр охирига)"),
            Map.entry("aggregation.flow", "оқим (давр ичида)"),
            Map.entry("col.reportingCount", "Топширган туманлар"),
            Map.entry("col.carried", "Шундан олдинги чоракдан олинган"),
            Map.entry("col.planReporting", "Режа юборган туманлар"),
            Map.entry("subtitle.workbook", "Ҳар бир қатор — битта кўрсаткичнинг битта ўлчови; устунлар бўйича саралаш ва йиғма жадвал (pivot) қилиш мумкин"),
            Map.entry("legend.workbook", "Бўш катак: маълумот берилмаган (ноль эмас); ҳолат кўрсаткичлари (масалан, фонд) йил бошидан устунида давр охиридаги қиймат; бажарилиш (%) фақат режаси ва ҳисоботи бор туманлар бўйича"),
            Map.entry("col.subtotal.district", "Туманлар жами ({0})"),
            Map.entry("col.subtotal.city", "Шаҳарлар жами ({0})"),
            Map.entry("part.quarter.districts", "Туманлар (шаҳарлар) бўйича: {0} чорак"),
            Map.entry("part.quarter.regions", "Ҳудудлар бўйича: {0} чорак"),
            Map.entry("part.ytd.districts", "Туманлар (шаҳарлар) бўйича: йил бошидан (◆ давр охирига) ва режа бажарилиши (%)"),
            Map.entry("part.ytd.regions", "Ҳудудлар бўйича: йил бошидан (◆ давр охирига) ва режа бажарилиши (%)"),
            Map.entry("legend.subtotals", "туманлар жами ва шаҳарлар жами — вилоятнинг туманлари ва шаҳарлари алоҳида; бажарилиш фақат режаси ва ҳисоботи бор туманлар бўйича"),
            Map.entry("notice.noReturns", "Бу чорак учун қабул қилинган ҳисоботи йўқ (алоҳида ҳисоботи тузилмади): {0}"),
            Map.entry("legend.regions", "ҳудудлар устунларида ҳар бир ҳудуднинг чораги, кейинги қисмда йил бошидан ва бажарилиш"),
            Map.entry("col.year", "Йил"),
            Map.entry("col.plan", "Йиллик режа"),
            Map.entry("col.fulfilment", "Бажарилиш (%)"),
            Map.entry("col.previous", "Ўтган йил"),
            Map.entry("figure.new", "{0} йилда янги"),
            Map.entry("col.change", "Ўзгариш (%)"),
            Map.entry("col.total.region", "Вилоят жами"),
            Map.entry("col.total.nation", "Республика жами"),
            Map.entry("col.territory", "Ҳудуд"),
            Map.entry("col.district", "Туман (шаҳар)"),
            Map.entry("col.districts", "Туманлар (шаҳарлар) сони"),
            Map.entry("col.expected", "Кутилган"),
            Map.entry("col.accepted", "Ҳисоботи қабул қилинган"),
            Map.entry("col.onlyRejected", "Фақат рад этилган файллар келган"),
            Map.entry("col.nothingReceived", "Бирорта ҳам файл келмаган"),
            Map.entry("col.onTime", "Қабул қилингани ўз вақтида келган"),
            Map.entry("col.late", "Қабул қилингани кечиккан"),
            Map.entry("col.submitted", "Топширилган вақти"),
            Map.entry("col.warnings", "Огоҳлантириш"),
            Map.entry("col.errors", "Хато"),
            Map.entry("col.files", "Файллар"),
            Map.entry("col.status", "Ҳолати"),
            Map.entry("col.timeliness", "Муддат"),
            Map.entry("status.accepted", "қабул қилинган"),
            Map.entry("status.only_rejected", "фақат рад этилган"),
            Map.entry("status.nothing_received", "файл келмаган"),
            Map.entry("timeliness.onTime", "ўз вақтида"),
            Map.entry("timeliness.late", "кечиккан"),
            Map.entry("part.regions", "Ҳудудлар бўйича"),
            Map.entry("part.districts", "Туманлар (шаҳарлар) бўйича: ким қачон топширди, ким топширмади"),
            Map.entry("footer.run", "Консолидация №{0}, {1}"),
            Map.entry("footer.noRun", "Консолидация ўтказилмаган"),
            Map.entry("footer.generated", "Тузилди: {0} (Тошкент вақти)"),
            Map.entry("footer.page", "Бет"),
            Map.entry("dataAsOf", "Маълумотлар: қабул қилинган {0} та файл бўйича; энг охиргиси — «{1}», {2}, {3} да келган (Тошкент вақти)"),
            Map.entry("chart.fulfilment", "Режа бажарилиши ҳудудлар бўйича, % (режали кўрсаткичлар медианаси)"),
            Map.entry("chart.trend", "{0}, {1}: чораклар бўйича"),
            Map.entry("chart.year", "{0} йил"),
            Map.entry("chart.noData", "Маълумот йўқ"),
            Map.entry("chart.bar.noPlan", "режа йўқ"),
            Map.entry("chart.bar.noData", "маълумот йўқ"),
            Map.entry("chart.quarter", "{0} ({1})"),
            Map.entry("chart.trend.subtitle", "Ҳисобот берган битта туманга ўртача (жами ÷ ҳисобот берган туманлар); қавс ичида — ҳисобот берган туманлар сони"),
            Map.entry("chart.trend.axis", "1 туманга ўртача"),
            Map.entry("qual.title.counts", "Сонсиз кўрсаткичлар (иш бажарилди ёки бажарилмади), {0}: «бажарилди» деб жавоб берган туманлар (шаҳарлар) сони"),
            Map.entry("qual.title.answers", "Сонсиз кўрсаткичлар (иш бажарилди ёки бажарилмади): ҳар бир чоракдаги жавоб ва туман изоҳи"),
            Map.entry("qual.period.quarter", "{0} йил {1} чорак"),
            Map.entry("qual.period.year", "{0} йил"),
            Map.entry("qual.legend.counts", "Фақат қабул қилинган ҳисоботлар бўйича. Бажарилди: «бажарилди» деб белгилаган туманлар; жавоб берган: «бажарилди» ёки «бажарилмади» деб белгилаганлар; кутилган: ҳудуддаги барча туманлар (шаҳарлар); — : ҳеч ким жавоб бермаган."),
            Map.entry("qual.legend.year", "Йил бўйича: камида бир чоракда «бажарилди» деб жавоб берган туманлар; жавоб берган: камида бир чоракда жавоб берганлар."),
            Map.entry("qual.legend.answers", "Фақат қабул қилинган ҳисоботлар бўйича. — : жавоб йўқ (чорак ҳисоботи қабул қилинмаган ёки қатор белгиланмаган). Изоҳ туман ёзганидек, ўзгартирилмасдан."),
            Map.entry("qual.col.row", "Иш"),
            Map.entry("qual.col.done", "Бажарилди"),
            Map.entry("qual.col.answered", "Жавоб берган"),
            Map.entry("qual.col.expected", "Кутилган"),
            Map.entry("qual.col.yearDone", "Йил: бажарилди"),
            Map.entry("qual.col.yearAnswered", "Йил: жавоб берган"),
            Map.entry("qual.col.quarterDone", "{0} чорак: бажарилди"),
            Map.entry("qual.col.quarterAnswered", "{0} чорак: жавоб берган"),
            Map.entry("qual.col.note", "Изоҳ (чорак: туман ёзгани)"),
            Map.entry("qual.done", "бажарилди"),
            Map.entry("qual.notDone", "бажарилмади"),
            Map.entry("qual.sheet", "Сонсиз кўрсаткичлар"),
            Map.entry("legend.completeness", "1 = 2 + 3 + 4: ҳар бир туман (шаҳар) фақат битта устунда саналади; 2 = 5 + 6: қабул қилинган ҳисоботлар топшириш муддатига нисбатан; — : файл келмаган, текширилмаган (ноль эмас)"),
            Map.entry("legend", "— : маълумот берилмаган (ноль эмас); топширган / кутилган: ҳисобот берган ва кутилган туманлар сони"),
            Map.entry("legend.blank", "— : маълумот берилмаган (ноль эмас)"),
            Map.entry("legend.reporting", "топширган / кутилган: ҳисобот берган ва кутилган туманлар (шаҳарлар) сони"),
            Map.entry("legend.stock", "◆ ҳолат кўрсаткичи (масалан, фонд): чораклар қўшилмайди, йил бошидан устунида давр охиридаги қиймат — ҳар бир туманнинг охирги топширган чорагидаги қиймати"),
            Map.entry("legend.carried", "†: бу чоракни топширмаган туманларнинг олдинги чоракдаги қиймати олинган; «22/205 (6†)» — топширган 22 тумандан 6 тасиники олдинги чоракдан"),
            Map.entry("legend.fulfilment", "бажарилиш (%) фақат режаси ҳам, ҳисоботи ҳам бор туманлар бўйича ҳисобланади, уларнинг сони «режаси ва ҳисоботи бор туманлар» устунида; йиллик режа — режа юборган барча туманлар режаси"),
            Map.entry("legend.change", "ўзгариш (%) — ўтган йилнинг шу даврига нисбатан"),
            Map.entry("legend.district.stock", "◆ ҳолат кўрсаткичи (масалан, фонд): йил устунида охирги топширилган чорак қиймати, чораклар қўшилмайди"),
            Map.entry("legend.district.carried", "†: IV чорак топширилмаган, йил қиймати олдинги чоракдан олинган"),
            Map.entry("legend.district.fulfilment", "бажарилиш (%) — йил қиймати йиллик режага нисбатан"),
            Map.entry("title.time-series", "{0}: кўрсаткичлар {1}–{2} йиллар бўйича"),
            Map.entry("subtitle.time-series", "Ҳар бир кўрсаткичнинг йиллик қиймати{0}; қаторлар {1} йил жадвалидагидек, олдинги йиллар қиймати жадваллар орасидаги боғланишлар бўйича"),
            Map.entry("ts.quarterly", " ва чораклар бўйича қиймати"),
            Map.entry("ts.col.year", "{0} йил"),
            Map.entry("ts.col.yearTo", "{0} йил ({1} чоракгача)"),
            Map.entry("ts.col.quarter", "{0} йил {1} чорак"),
            Map.entry("ts.col.note", "{0} йил: изоҳ"),
            Map.entry("ts.measure.quarter", "{0}, {1} чорак"),
            Map.entry("ts.new", "{0} йилда янги"),
            Map.entry("ts.note.split", "{0} қатордан ажратилган: {0} нинг тўлиқ қиймати"),
            Map.entry("ts.note.merged", "{0} қаторлари йиғиндиси"),
            Map.entry("ts.note.renumbered", "{1} йилда {0} рақами билан"),
            Map.entry("ts.notes", "Изоҳлар"),
            Map.entry("ts.legend", "— : маълумот берилмаган (ноль эмас); «… йилда янги»: кўрсаткич шу йилдан бошланган, олдинги йил жадвалида унга мос қатор йўқ; бўш катак: бу йил учун жадвал йўқ; «… чоракгача»: йил тугамаган, йил бошидан охирги консолидация қилинган чоракгача; ◆ ҳолат кўрсаткичи (масалан, фонд): давр охиридаги қиймат; ¹ ² …: изоҳлар жадвал остида"),
            Map.entry("ts.footer.runs", "Консолидациялар: {0}"),
            Map.entry("ts.footer.run", "{0} — №{1}, {2}"),
            Map.entry("ts.chart.subtitle", "{0}; {1}"),
            Map.entry("ts.chart.partial", "{0} (I–{1})"),
            Map.entry("ts.chart.partialNote", "(I–{0}): йил тугамаган, йил бошидан {0} чоракгача"),
            Map.entry("ts.chart.years", "йиллар бўйича"),
            Map.entry("ts.sheet", "Динамика"));

    /** The English of the texts that a time series also writes in English (its CSV's notes). */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("ts.new", "new in {0}"),
            Map.entry("ts.note.split", "split from {0}: the whole figure of {0}"),
            Map.entry("ts.note.merged", "sum of rows {0}"),
            Map.entry("ts.note.renumbered", "numbered {0} in {1}"));

    private static final Map<Script, Map<String, String>> BY_SCRIPT = new EnumMap<>(Script.class);

    static {
        for (Script script : Script.values()) {
            Map<String, String> texts = new HashMap<>();
            CYRILLIC.forEach((key, text) -> texts.put(key, script.text(text)));
            BY_SCRIPT.put(script, Map.copyOf(texts));
        }
    }

    private Texts() {
    }

    static String get(Script script, String key, Object... args) {
        String pattern = BY_SCRIPT.get(script).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        // Arguments as strings: MessageFormat would print the year 2021 as "2 021".
        Object[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Script.UZBEK).format(strings);
    }

    /** A text in English, where the report writes one (see {@link #ENGLISH}). */
    static String english(String key, Object... args) {
        String pattern = ENGLISH.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no English text " + key);
        }
        Object[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(pattern.replace("'", "''"), java.util.Locale.ROOT).format(strings);
    }

    static String quarter(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> throw new IllegalArgumentException("quarter " + quarter);
        };
    }
}
