package uz.natlib.libstats.normalisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;

/**
 * Rule {@code RowWithoutPlan}: a plan holds figures only for the rows that bear a plan (the
 * catalogue's {@code plan} column). A figure on another row of a plan file (typed in a CSV, an
 * older plan workbook, a copied return) plans nothing: it is left out and the sender warned, once
 * per cell, while the rest of the plan loads. A warning and not an error, since the figure harms
 * nothing once left out, and refusing a whole plan for it would lose the figures that count.
 */
final class RowsWithoutPlan {

    static final RuleId ROW_WITHOUT_PLAN = RuleId.ROW_WITHOUT_PLAN;

    private RowsWithoutPlan() {
    }

    /** The plan's figures on plan-bearing rows; a warning in {@code file} for every cell of the others. */
    static List<ReportedValue> keepPlanned(List<ReportedValue> values, FileContext file) {
        List<ReportedValue> kept = new ArrayList<>(values.size());
        Set<String> warned = new LinkedHashSet<>();
        for (ReportedValue value : values) {
            Optional<Indicator> indicator = file.catalogue.indicator(value.indicatorCode());
            if (indicator.isEmpty() || indicator.get().planBearing()) {
                kept.add(value);
                continue;
            }
            // "12/340" in one cell gives two values: the sender typed one thing, so one warning.
            if (warned.add(value.sheet() + "!" + value.cell())) {
                file.add(warning(indicator.get(), value));
            }
        }
        return kept;
    }

    private static Finding warning(Indicator indicator, ReportedValue value) {
        String typed = "«" + ShownText.quoted(value.textSeen() == null ? "" : value.textSeen().strip()) + "»";
        return Finding.warning(ROW_WITHOUT_PLAN, value.sheet(), value.cell(), value.textSeen(), Message.of(
                Wording.at(value.cell(), Wording.rowCyrl(indicator) + ": бу қаторга режа тузилмайди (йиллик режа"
                        + " фақат режа устуни бор қаторларга ёзилади); " + typed + " сақланмади"),
                Wording.at(value.cell(), Wording.rowEn(indicator) + ": this row has no plan (the annual plan has"
                        + " figures only on the rows with a plan column); " + typed + " is not stored")));
    }
}
