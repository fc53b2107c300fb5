package uz.natlib.libstats.normalisation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.vocabulary.UzbekScript;
import uz.natlib.libstats.workbook.ReturnLayout;

/**
 * The Done cell of a qualitative row: the template's words in either script, and what people
 * type instead (yes / no, ҳа / йўқ, 1 / 0, + / -), compared spelling-blind.
 */
final class DoneAnswer {

    // "ха", "йук", "йок": ҳа and йўқ typed on a Russian keyboard, which lacks ҳ, ў and қ.
    private static final Set<String> DONE = keys(0, "ha", "ха", "yes", "done", "1", "bajarilgan", "да");
    private static final Set<String> NOT_DONE = keys(1, "yoʻq", "йук", "йок", "no", "not done", "0", "bajarilmagan", "нет");
    // matchKey folds dashes away, so signs are recognised before it.
    private static final Pattern PLUS = Pattern.compile("\\+");
    private static final Pattern DASH = Pattern.compile("[-\\u2012\\u2013\\u2014\\u2015\\u2212]");

    private DoneAnswer() {
    }

    /** Done or not done; empty if the answer is not one of the known words. The cell is not blank. */
    static Optional<Boolean> read(RawCell cell) {
        String text = cell.text().strip();
        if (PLUS.matcher(text).matches()) {
            return Optional.of(true);
        }
        if (DASH.matcher(text).matches()) {
            return Optional.of(false);
        }
        NumberText.Reading number = NumberText.read(text, cell.numeric());
        String key = number.isNumber() ? number.value().toPlainString() : UzbekScript.matchKey(text).replaceAll("[.!]+$", "");
        if (DONE.contains(key)) {
            return Optional.of(true);
        }
        return NOT_DONE.contains(key) ? Optional.of(false) : Optional.empty();
    }

    /** The template's word at {@code index} of {@link ReturnLayout#DONE_WORDS} in every script, plus the extras. */
    private static Set<String> keys(int index, String... extras) {
        Set<String> keys = new HashSet<>();
        ReturnLayout.DONE_WORDS.values().forEach(words -> keys.add(UzbekScript.matchKey(words.get(index))));
        for (String extra : extras) {
            keys.add(UzbekScript.matchKey(extra));
        }
        return Set.copyOf(keys);
    }
}
