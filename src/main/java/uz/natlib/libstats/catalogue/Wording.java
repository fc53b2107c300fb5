package uz.natlib.libstats.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The pieces every message is made of, so that a district clerk always reads the row the same way:
 * the code printed in the template's Code column, the form's own number where it differs, and the
 * row's label in the message's language.
 */
public final class Wording {

    // The longest Cyrillic labels are whole sentences of the seed; the code already identifies the row.
    private static final int LABEL_LIMIT = 60;

    private Wording() {
    }

    /** {@code 1.2-қатор «Мажбурий нусхалар жами»}. */
    public static String rowCyrl(Indicator indicator) {
        return indicator.code() + "-қатор" + seedCyrl(indicator) + " «" + shorten(indicator.labelCyrl()) + "»";
    }

    /** {@code row 1.3 «Legal deposit copies received, total»}. */
    public static String rowEn(Indicator indicator) {
        return "row " + indicator.code() + seedEn(indicator) + " «" + indicator.labelEn() + "»";
    }

    /** A row named inside a sentence about another row: {@code 1.1.01 «босма нашрлар»}. */
    public static String refCyrl(Indicator indicator) {
        return indicator.code() + seedCyrl(indicator) + " «" + shorten(indicator.labelCyrl()) + "»";
    }

    public static String refEn(Indicator indicator) {
        return indicator.code() + seedEn(indicator) + " «" + indicator.labelEn() + "»";
    }

    /** The cell first, when there is one, so a message read on its own still says where. */
    public static String at(String cell, String text) {
        if (cell == null || cell.isBlank()) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return cell + ", " + text;
    }

    /** A figure as people write it: no exponent, no trailing zeros. */
    public static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /** A derived figure (an average, a ratio) to one decimal place. */
    public static String rounded(BigDecimal value) {
        return number(value.setScale(1, RoundingMode.HALF_UP));
    }

    private static String seedCyrl(Indicator indicator) {
        return differentSeed(indicator) ? " (шаклда " + indicator.seedNumber() + ")" : "";
    }

    private static String seedEn(Indicator indicator) {
        return differentSeed(indicator) ? " (" + indicator.seedNumber() + " on the form)" : "";
    }

    private static boolean differentSeed(Indicator indicator) {
        return indicator.seedNumber() != null && !indicator.seedNumber().equals(indicator.code());
    }

    static String shorten(String label) {
        if (label.length() <= LABEL_LIMIT) {
            return label;
        }
        int cut = label.lastIndexOf(' ', LABEL_LIMIT);
        return label.substring(0, cut > 0 ? cut : LABEL_LIMIT).replaceAll("[\\s,.;:]+$", "") + "…";
    }
}
