package uz.natlib.libstats.normalisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Measure;
import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.reading.RawValue;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;

/**
 * The figures of one file: each value cell to an indicator, a measure and a number. A workbook
 * says the measure by position (value k is the row's k-th measure), a CSV by name.
 */
final class ValueNormaliser {

    static final RuleId NORMALISED = RuleId.NORMALISED;
    static final RuleId UNKNOWN_MEASURE = RuleId.UNKNOWN_MEASURE;
    static final RuleId FOREIGN_TEMPLATE = RuleId.FOREIGN_TEMPLATE;
    static final RuleId DUPLICATE_VALUE = RuleId.DUPLICATE_VALUE;
    static final RuleId NOT_A_NUMBER = RuleId.NOT_A_NUMBER;

    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

    private final FileContext file;
    private final Map<ValueKey, RawCell> seen = new HashMap<>();
    private final List<ReportedValue> values = new ArrayList<>();

    ValueNormaliser(FileContext file) {
        this.file = file;
    }

    List<ReportedValue> normalise(List<RawValue> raws) {
        // "12/340" in value 1 is titles/copies typed in one cell, unless the row's other cells are filled too.
        Set<String> laterSlotsFilled = raws.stream().filter(v -> v.slot() > 1 && !blank(v.cell()))
                .map(v -> strip(v.indicatorCode())).collect(Collectors.toSet());
        for (RawValue raw : raws) {
            if (blank(raw.cell())) {
                continue;
            }
            Optional<Indicator> indicator = file.indicator(raw.indicatorCode(), raw.cell());
            if (indicator.isEmpty()) {
                continue;
            }
            List<Measure> measures = file.catalogue.measuresOf(indicator.get());
            boolean split = measures.size() > 1 && raw.cell().text().contains("/")
                    && !laterSlotsFilled.contains(strip(raw.indicatorCode()));
            if (raw.slot() > 0) {
                fromSlot(raw, indicator.get(), measures, split && raw.slot() == 1);
            } else {
                fromMeasureText(raw, indicator.get(), measures, split);
            }
        }
        return values;
    }

    private void fromSlot(RawValue raw, Indicator indicator, List<Measure> measures, boolean split) {
        if (raw.slot() > measures.size()) {
            String cyrl = measures.isEmpty() ? "бу қаторга сон киритилмайди, фақат «бажарилди» ёки «бажарилмади» деб белгиланади"
                    : "бу қаторда " + measures.size() + " та ўлчов бор (" + MeasureLabels.cyrl(measures) + "), " + raw.slot()
                    + "-қиймат учун жой йўқ";
            String en = measures.isEmpty() ? "this row takes no figures, only done or not done"
                    : "this row has " + measures.size() + " measure(s) (" + MeasureLabels.en(measures) + "); value " + raw.slot()
                    + " has no place in it";
            error(UNKNOWN_MEASURE, raw.cell(), Wording.rowCyrl(indicator) + ": " + cyrl, Wording.rowEn(indicator) + ": " + en);
            return;
        }
        Measure measure = measures.get(raw.slot() - 1);
        String shown = raw.shownMeasureLabel();
        if (shown != null && !shown.isBlank() && !MeasureLabels.names(measure, shown)) {
            error(FOREIGN_TEMPLATE, raw.cell(),
                    Wording.rowCyrl(indicator) + ": қиймат ёнида «" + ShownText.quoted(shown.strip()) + "» ёзилган, бу қаторнинг "
                            + raw.slot() + "-ўлчови эса «" + measure.labelCyrl() + "»: файл бошқа шаклдан олинган бўлиши мумкин",
                    Wording.rowEn(indicator) + ": the value is labelled «" + ShownText.quoted(shown.strip()) + "», but measure " + raw.slot()
                            + " of this row is " + measure.labelEn() + ": the file may come from another template");
            return;
        }
        if (split) {
            split(raw, indicator, measures);
        } else {
            single(raw, indicator, measure);
        }
    }

    private void fromMeasureText(RawValue raw, Indicator indicator, List<Measure> measures, boolean split) {
        String text = raw.measureText();
        if (text == null || text.isBlank()) {
            if (measures.size() == 1) {
                single(raw, indicator, measures.get(0));
            } else if (split) {
                split(raw, indicator, measures);
            } else {
                unknownMeasure(raw, indicator, measures, "ўлчов кўрсатилмаган", "no measure given");
            }
            return;
        }
        MeasureLabels.find(measures, text).ifPresentOrElse(m -> single(raw, indicator, m),
                () -> unknownMeasure(raw, indicator, measures, "«" + ShownText.quoted(text.strip()) + "» ўлчови бу қаторда йўқ",
                        "«" + ShownText.quoted(text.strip()) + "» is not a measure of this row"));
    }

    private void unknownMeasure(RawValue raw, Indicator indicator, List<Measure> measures, String cyrl, String en) {
        String ownCyrl = measures.isEmpty() ? "бу қаторга сон киритилмайди" : "бу қатор ўлчовлари: " + MeasureLabels.cyrl(measures);
        String ownEn = measures.isEmpty() ? "this row takes no figures" : "its measures are " + MeasureLabels.en(measures);
        error(UNKNOWN_MEASURE, raw.cell(), Wording.rowCyrl(indicator) + ": " + cyrl + "; " + ownCyrl,
                Wording.rowEn(indicator) + ": " + en + "; " + ownEn);
    }

    private void single(RawValue raw, Indicator indicator, Measure measure) {
        RawCell cell = raw.cell();
        NumberText.Reading reading = NumberText.read(cell.text(), cell.numeric(), !measure.decimals());
        if (!reading.isNumber()) {
            error(NOT_A_NUMBER, cell,
                    Wording.rowCyrl(indicator) + ", «" + measure.labelCyrl() + "»: «" + ShownText.quoted(cell.text().strip())
                            + "» сон эмас; рақамлар билан ёзинг (масалан, 1200)",
                    Wording.rowEn(indicator) + ", " + measure.labelEn() + ": «" + ShownText.quoted(cell.text().strip())
                            + "» is not a number; write it in digits (for example 1200)");
            return;
        }
        if (!add(indicator, measure, reading.value(), cell)) {
            return;
        }
        String typed = "«" + ShownText.quoted(cell.text().strip()) + "»";
        if (reading.isAmbiguous()) {
            ambiguous(cell, indicator, measure, typed, reading.loneMark());
        } else if (reading.loneMark() != null) {
            String shown = Wording.number(reading.value());
            info(cell, typed + " " + shown + " деб ўқилди: " + thousandsCyrl(measure, reading.loneMark()),
                    typed + " read as " + shown + ": " + thousandsEn(measure, reading.loneMark()));
        } else if (reading.changed()) {
            String shown = Wording.number(reading.value());
            info(cell, typed + " " + shown + " деб ўқилди", typed + " read as " + shown);
        }
    }

    private void split(RawValue raw, Indicator indicator, List<Measure> measures) {
        RawCell cell = raw.cell();
        String[] parts = SLASH.split(cell.text().strip(), -1);
        List<NumberText.Reading> readings = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean wholeNumbers = i < measures.size() && !measures.get(i).decimals();
            NumberText.Reading reading = NumberText.read(parts[i], false, wholeNumbers);
            if (reading.isNumber()) {
                readings.add(reading);
            }
        }
        if (parts.length != measures.size() || readings.size() != parts.length) {
            error(NOT_A_NUMBER, cell,
                    Wording.rowCyrl(indicator) + ": «" + ShownText.quoted(cell.text().strip()) + "» сон эмас; бу қаторда " + measures.size()
                            + " та ўлчов бор (" + MeasureLabels.cyrl(measures) + "), ҳар бирини ўз устунига рақамлар билан ёзинг",
                    Wording.rowEn(indicator) + ": «" + ShownText.quoted(cell.text().strip()) + "» is not a number; this row has "
                            + measures.size() + " measures (" + MeasureLabels.en(measures) + "), write each in its own column in digits");
            return;
        }
        List<String> readCyrl = new ArrayList<>();
        List<String> readEn = new ArrayList<>();
        List<String> whyCyrl = new ArrayList<>();
        List<String> whyEn = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Measure measure = measures.get(i);
            NumberText.Reading reading = readings.get(i);
            if (!add(indicator, measure, reading.value(), cell)) {
                continue;
            }
            readCyrl.add(measure.labelCyrl() + " " + Wording.number(reading.value()));
            readEn.add(measure.labelEn() + " " + Wording.number(reading.value()));
            String part = "«" + ShownText.quoted(parts[i].strip()) + "»";
            if (reading.isAmbiguous()) {
                ambiguous(cell, indicator, measure, part, reading.loneMark());
            } else if (reading.loneMark() != null) {
                whyCyrl.add(part + ": " + thousandsCyrl(measure, reading.loneMark()));
                whyEn.add(part + ": " + thousandsEn(measure, reading.loneMark()));
            }
        }
        if (!readCyrl.isEmpty()) {
            String typed = "«" + ShownText.quoted(cell.text().strip()) + "»";
            String becauseCyrl = whyCyrl.isEmpty() ? "" : "; " + String.join("; ", whyCyrl);
            String becauseEn = whyEn.isEmpty() ? "" : "; " + String.join("; ", whyEn);
            info(cell, typed + " " + String.join(", ", readCyrl) + " деб ўқилди" + becauseCyrl,
                    typed + " read as " + String.join(", ", readEn) + becauseEn);
        }
    }

    // "«1,200» read as 1200: copies are counted in whole numbers, so the comma separates thousands".
    private static String thousandsCyrl(Measure measure, NumberText.LoneMark mark) {
        return "«" + measure.labelCyrl() + "» бутун сонда ҳисобланади, шунинг учун " + markCyrl(mark) + " мингликларни ажратади";
    }

    private static String thousandsEn(Measure measure, NumberText.LoneMark mark) {
        return measure.labelEn() + " are counted in whole numbers, so the " + markEn(mark) + " separates thousands";
    }

    /**
     * «1,200» where fractions are allowed (megabytes): taken as 1.2, the mark read as a decimal one as in «1,5»,
     * and a warning shows 1200, the other reading, so that the sender can say which was meant.
     */
    private void ambiguous(RawCell cell, Indicator indicator, Measure measure, String typed, NumberText.LoneMark mark) {
        String taken = Wording.number(mark.taken());
        String other = Wording.number(mark.other());
        String decimal = Wording.number(mark.asDecimal()).replace('.', ',');
        String thousands = Wording.number(mark.asThousands());
        warning(cell, Wording.rowCyrl(indicator) + ", «" + measure.labelCyrl() + "»: " + typed + " " + taken
                        + " деб ўқилди, лекин " + other + " ҳам бўлиши мумкин: «" + measure.labelCyrl() + "» касрли сон бўлиши мумкин, "
                        + markCyrl(mark) + " эса ҳам ўнли касрни, ҳам мингликларни ажратади; " + thousands + " назарда тутилган бўлса, "
                        + thousands + " деб, " + taken + " бўлса, " + decimal + " деб ёзинг",
                Wording.rowEn(indicator) + ", " + measure.labelEn() + ": " + typed + " read as " + taken + ", but it may be "
                        + other + ": " + measure.labelEn() + " may be fractional, and a " + markEn(mark)
                        + " before three digits may mark decimals or separate thousands; if " + thousands + " is meant, type "
                        + thousands + ", if " + taken + ", type " + decimal);
    }

    private static String markCyrl(NumberText.LoneMark mark) {
        return mark.mark() == ',' ? "вергул" : "нуқта";
    }

    private static String markEn(NumberText.LoneMark mark) {
        return mark.mark() == ',' ? "comma" : "point";
    }

    /** Keeps the first figure of a key; a second one is an error, since which of the two is meant cannot be told. */
    private boolean add(Indicator indicator, Measure measure, BigDecimal value, RawCell cell) {
        ValueKey key = new ValueKey(indicator.code(), measure.key());
        RawCell first = seen.putIfAbsent(key, cell);
        if (first != null) {
            error(DUPLICATE_VALUE, cell,
                    Wording.rowCyrl(indicator) + ", «" + measure.labelCyrl() + "»: қиймат иккинчи марта киритилган (биринчиси: "
                            + first.cell() + ")",
                    Wording.rowEn(indicator) + ", " + measure.labelEn() + ": reported a second time (first in "
                            + first.cell() + ")");
            return false;
        }
        values.add(new ReportedValue(indicator.code(), measure.key(), value, cell.sheet(), cell.cell(), cell.text()));
        return true;
    }

    private void error(RuleId rule, RawCell cell, String cyrl, String en) {
        file.add(Finding.error(rule, cell.sheet(), cell.cell(), cell.text(),
                Message.of(Wording.at(cell.cell(), cyrl), Wording.at(cell.cell(), en))));
    }

    private void warning(RawCell cell, String cyrl, String en) {
        file.add(Finding.warning(RuleId.AMBIGUOUS_NUMBER, cell.sheet(), cell.cell(), cell.text(),
                Message.of(Wording.at(cell.cell(), cyrl), Wording.at(cell.cell(), en))));
    }

    private void info(RawCell cell, String cyrl, String en) {
        file.add(Finding.info(NORMALISED, cell.sheet(), cell.cell(), cell.text(),
                Message.of(prefixed(cell, cyrl), prefixed(cell, en))));
    }

    // "F12: «1 200» read as 1200": a note about one cell, so the cell leads.
    private static String prefixed(RawCell cell, String text) {
        return cell.cell() == null ? text : cell.cell() + ": " + text;
    }

    private static boolean blank(RawCell cell) {
        return cell == null || cell.isBlank();
    }

    private static String strip(String code) {
        return code == null ? "" : code.strip();
    }
}
