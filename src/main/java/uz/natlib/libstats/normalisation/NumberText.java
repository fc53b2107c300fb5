package uz.natlib.libstats.normalisation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one value cell as a number, the way a clerk meant it: "1 200", "1'200",
 * "1.234.567", "1,5", "15 та", "40 нусхада", "15 экз.", "–". Anything it had to alter is flagged as changed, so the sender can be told how the cell was
 * read. Negative and fractional numbers are kept: judging them is the rules' job, not this one's.
 */
public final class NumberText {

    public enum Outcome { BLANK, NUMBER, NOT_A_NUMBER }

    /**
     * @param value    the number (NUMBER only), without exponent or trailing zeros
     * @param changed  whether the text had to be altered to read it (everything but a plain number)
     * @param loneMark how a lone "." or "," before three digits ("1,200") was taken, or null if there was none
     */
    public record Reading(Outcome outcome, BigDecimal value, boolean changed, LoneMark loneMark) {

        public boolean isNumber() {
            return outcome == Outcome.NUMBER;
        }

        /** A "1,200" where fractions are allowed: {@link #value()} is 1.2, but 1200 may be meant. */
        public boolean isAmbiguous() {
            return loneMark != null && loneMark.ambiguous();
        }
    }

    /**
     * A single "." or "," with one to three digits before it (not a lone 0) and exactly three after:
     * «1,200» is 1.2 with a decimal mark, 1200 with a thousands separator.
     *
     * @param mark        the "." or "," typed
     * @param asDecimal   the figure if the mark is a decimal one (1.2)
     * @param asThousands the figure if it separates thousands (1200)
     * @param ambiguous   false where the measure is counted in whole numbers (then 1.2 cannot be meant and 1200 is
     *                    taken), true where fractions are allowed (then 1.2 is taken, and 1200 may have been meant)
     */
    public record LoneMark(char mark, BigDecimal asDecimal, BigDecimal asThousands, boolean ambiguous) {

        public BigDecimal taken() {
            return ambiguous ? asDecimal : asThousands;
        }

        public BigDecimal other() {
            return ambiguous ? asThousands : asDecimal;
        }
    }

    static final Reading BLANK = new Reading(Outcome.BLANK, null, false, null);
    static final Reading NOT_A_NUMBER = new Reading(Outcome.NOT_A_NUMBER, null, false, null);

    // Excel keeps 15 significant digits; beyond them a stored double is binary noise (0.30000000000000004 for 0.1 + 0.2).
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    // numeric(18, 3) in the warehouse: anything longer is not a figure of a library's year.
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_SCALE = 30;

    private static final String SPACE = " \\u00A0\\u2007\\u2009\\u202F";
    // Swiss-style thousands separators: «1'200», «1’200» (and the Uzbek apostrophes a keyboard may give instead).
    private static final String APOSTROPHE = "'`\\u2018\\u2019\\u02BB\\u02BC";
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s" + SPACE + "]+|[\\s" + SPACE + "]+$");
    private static final Pattern LONE_DASH = Pattern.compile("[-\\u2012\\u2013\\u2014\\u2015\\u2212]");
    private static final Pattern LEADING_MINUS = Pattern.compile("^[\\u2012\\u2013\\u2212]");
    // A figure, then a word after it: spaces, a dash or nothing between. The word may hold an apostrophe (o‘quvchi)
    // and dots (экз.), and must end the text.
    private static final Pattern COUNTED = Pattern.compile("(.*\\d)[\\s" + SPACE + "-]*(\\p{L}[\\p{L}" + APOSTROPHE + ".]*)");
    private static final Pattern ANY_SPACE = Pattern.compile("[" + SPACE + "]");
    private static final Pattern ANY_APOSTROPHE = Pattern.compile("[" + APOSTROPHE + "]");
    private static final Pattern LONE_MARK = Pattern.compile("[-+]?[1-9]\\d{0,2}([.,])\\d{3}");
    // Groups of three after the first, all with the same separator, then perhaps decimals with another mark.
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(?<sep>[ '.,])\\d{3}(?:\\k<sep>\\d{3})*(?:(?<dec>[.,])\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d*,\\d+");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private NumberText() {
    }

    /** As {@link #read(String, boolean, boolean)} where fractions are allowed (a lone mark before three digits is then ambiguous). */
    public static Reading read(String text, boolean numeric) {
        return read(text, numeric, false);
    }

    /**
     * @param numeric      whether the workbook stored a number: its raw text is then read exactly, never reinterpreted
     * @param wholeNumbers whether the cell's measure is counted in whole numbers: «1,200» is then 1200, else 1.2
     *                     with 1200 as the other reading ({@link Reading#isAmbiguous()})
     */
    public static Reading read(String text, boolean numeric, boolean wholeNumbers) {
        String trimmed = text == null ? "" : EDGE_SPACE.matcher(text).replaceAll("");
        if (trimmed.isEmpty()) {
            return BLANK;
        }
        if (numeric) {
            BigDecimal stored = exact(trimmed);
            return stored == null ? NOT_A_NUMBER : new Reading(Outcome.NUMBER, stored, false, null);
        }
        if (LONE_DASH.matcher(trimmed).matches()) {
            // A dash in a figure column is how forms say "none".
            return new Reading(Outcome.NUMBER, BigDecimal.ZERO, true, null);
        }
        String digits = LEADING_MINUS.matcher(trimmed).replaceFirst("-");
        Matcher counted = COUNTED.matcher(digits);
        if (counted.matches() && UnitWords.isUnit(counted.group(2))) {
            digits = EDGE_SPACE.matcher(counted.group(1)).replaceAll("");
        }
        Matcher lone = LONE_MARK.matcher(digits);
        if (lone.matches()) {
            LoneMark mark = new LoneMark(lone.group(1).charAt(0), exact(digits.replace(',', '.')),
                    exact(digits.replaceAll("[.,]", "")), !wholeNumbers);
            return new Reading(Outcome.NUMBER, mark.taken(), true, mark);
        }
        digits = ungrouped(digits);
        BigDecimal value = PLAIN.matcher(digits).matches() ? exact(digits) : null;
        if (value == null) {
            return NOT_A_NUMBER;
        }
        // Surrounding spaces alone do not count as a change: the sender cannot see them.
        return new Reading(Outcome.NUMBER, value, !value.toPlainString().equals(trimmed), null);
    }

    /**
     * «1 234 567», «1'200», «1.234.567», «1,234,567», «1,200.5», «1 200,5» without their separators, the decimal
     * mark a point; «1,5» as 1.5. A point or comma groups only where it cannot be a decimal mark: used twice, or
     * followed by decimals after the other mark. Anything else is left as it was.
     */
    private static String ungrouped(String digits) {
        String unified = ANY_APOSTROPHE.matcher(ANY_SPACE.matcher(digits).replaceAll(" ")).replaceAll("'");
        Matcher grouped = GROUPED.matcher(unified);
        if (grouped.matches()) {
            char sep = grouped.group("sep").charAt(0);
            String dec = grouped.group("dec");
            boolean markSeparator = sep == '.' || sep == ',';
            boolean twice = unified.indexOf(sep) != unified.lastIndexOf(sep);
            if ((dec == null || dec.charAt(0) != sep) && (!markSeparator || twice || dec != null)) {
                String bare = unified.replace(String.valueOf(sep), "");
                return dec == null ? bare : bare.replace(dec.charAt(0), '.');
            }
        }
        if (DECIMAL_COMMA.matcher(digits).matches()) {
            return digits.replace(',', '.');
        }
        return digits;
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
