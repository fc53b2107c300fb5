package uz.natlib.libstats.normalisation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uz.natlib.libstats.vocabulary.UzbekScript;

/**
 * Reads the text of one value cell as a number, the way a clerk meant it: "1 200", "1,5", "15 та",
 * "–". Anything it had to alter is flagged as changed, so the sender can be told how the cell was
 * read. Negative and fractional numbers are kept: judging them is the rules' job, not this one's.
 */
public final class NumberText {

    public enum Outcome { BLANK, NUMBER, NOT_A_NUMBER }

    /**
     * @param value   the number (NUMBER only), without exponent or trailing zeros
     * @param changed whether the text had to be altered to read it (everything but a plain number)
     */
    public record Reading(Outcome outcome, BigDecimal value, boolean changed) {

        public boolean isNumber() {
            return outcome == Outcome.NUMBER;
        }
    }

    static final Reading BLANK = new Reading(Outcome.BLANK, null, false);
    static final Reading NOT_A_NUMBER = new Reading(Outcome.NOT_A_NUMBER, null, false);

    // Excel keeps 15 significant digits; beyond them a stored double is binary noise (0.30000000000000004 for 0.1 + 0.2).
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    // numeric(18, 3) in the warehouse: anything longer is not a figure of a library's year.
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_SCALE = 30;

    private static final String SPACE = " \\u00A0\\u2007\\u2009\\u202F";
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s" + SPACE + "]+|[\\s" + SPACE + "]+$");
    private static final Pattern LONE_DASH = Pattern.compile("[-\\u2012\\u2013\\u2014\\u2015\\u2212]");
    private static final Pattern LEADING_MINUS = Pattern.compile("^[\\u2012\\u2013\\u2212]");
    private static final Pattern COUNTED = Pattern.compile("(.*\\d)[\\s" + SPACE + "-]*(\\p{L}[\\p{L}.]*)");
    private static final Pattern SPACE_GROUPS = Pattern.compile("[-+]?\\d{1,3}([" + SPACE + "]\\d{3})+([.,]\\d+)?");
    private static final Pattern COMMA_GROUPS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3}){2,}(\\.\\d+)?|[-+]?\\d{1,3}(,\\d{3})+\\.\\d+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d*,\\d+");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** Counter words and units people type after a figure ("15 та", "15 nusxa"), as {@link UzbekScript#matchKey} keys. */
    private static final Set<String> COUNTER_WORDS = Set.of("ta", "dona", "nafar", "kishi", "marta", "nusxa", "nom",
            "nomda", "son", "soni", "mb", "sahifa", "tadbir", "sht");

    private NumberText() {
    }

    /** @param numeric whether the workbook stored a number: its raw text is then read exactly, never reinterpreted */
    public static Reading read(String text, boolean numeric) {
        String trimmed = text == null ? "" : EDGE_SPACE.matcher(text).replaceAll("");
        if (trimmed.isEmpty()) {
            return BLANK;
        }
        if (numeric) {
            BigDecimal stored = exact(trimmed);
            return stored == null ? NOT_A_NUMBER : new Reading(Outcome.NUMBER, stored, false);
        }
        if (LONE_DASH.matcher(trimmed).matches()) {
            // A dash in a figure column is how forms say "none".
            return new Reading(Outcome.NUMBER, BigDecimal.ZERO, true);
        }
        String digits = LEADING_MINUS.matcher(trimmed).replaceFirst("-");
        Matcher counted = COUNTED.matcher(digits);
        if (counted.matches() && COUNTER_WORDS.contains(UzbekScript.matchKey(counted.group(2)).replaceAll("\\.+$", ""))) {
            digits = EDGE_SPACE.matcher(counted.group(1)).replaceAll("");
        }
        if (SPACE_GROUPS.matcher(digits).matches()) {
            digits = digits.replaceAll("[" + SPACE + "]", "").replace(',', '.');
        } else if (COMMA_GROUPS.matcher(digits).matches()) {
            // Only groupings that cannot be a decimal comma: "1,200,000" or "1,200.5". "1,200" stays 1.2.
            digits = digits.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(digits).matches()) {
            digits = digits.replace(',', '.');
        }
        BigDecimal value = PLAIN.matcher(digits).matches() ? exact(digits) : null;
        if (value == null) {
            return NOT_A_NUMBER;
        }
        // Surrounding spaces alone do not count as a change: the sender cannot see them.
        return new Reading(Outcome.NUMBER, value, !value.toPlainString().equals(trimmed));
    }

    /** The number without exponent or trailing zeros, or null if it is not one or not a plausible figure. */
    private static BigDecimal exact(String digits) {
        BigDecimal value;
        try {
            value = new BigDecimal(digits).round(EXCEL_PRECISION).stripTrailingZeros();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
        // Checked before the exponent is expanded: "1e999999999" would not fit in memory.
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_SCALE) {
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
