package uz.natlib.libstats.identification;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quarter as people write it: "III", "3", "3-chorak", "II чорак", "Q2", "2.0". */
public final class QuarterText {

    private static final Pattern ROMAN = Pattern.compile("^(IV|III|II|I|V)\\b");
    private static final Pattern ARABIC = Pattern.compile("^(?:Q\\s*)?(\\d+)(?:\\.0+)?\\b");

    private QuarterText() {
    }

    /** The number written, even an impossible one (5); empty if no quarter can be read. */
    public static OptionalInt parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('І', 'I').replace('У', 'Y');
        Matcher roman = ROMAN.matcher(t);
        if (roman.find()) {
            return OptionalInt.of(switch (roman.group(1)) {
                case "I" -> 1;
                case "II" -> 2;
                case "III" -> 3;
                case "IV" -> 4;
                default -> 5;
            });
        }
        Matcher arabic = ARABIC.matcher(t);
        if (arabic.find()) {
            try {
                return OptionalInt.of(Integer.parseInt(arabic.group(1)));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }
}
