package uz.natlib.libstats.vocabulary;

import java.util.Map;

/**
 * Repairs text that mixes scripts through look-alike letters (a Latin "p" typed inside a
 * Cyrillic word, a Cyrillic "о" inside a Latin one), a common defect of hand-kept registers.
 */
public final class MixedScript {

    private static final String LATIN_LOOKALIKES = "aceopxyABCEHKMOPTX";
    private static final String CYRILLIC_LOOKALIKES = "асеорхуАВСЕНКМОРТХ";

    private static final Map<Character, Character> LATIN_TO_CYRILLIC = pairs(LATIN_LOOKALIKES, CYRILLIC_LOOKALIKES);
    private static final Map<Character, Character> CYRILLIC_TO_LATIN = pairs(CYRILLIC_LOOKALIKES, LATIN_LOOKALIKES);

    private MixedScript() {
    }

    /** Cyrillic text with every Latin look-alike letter replaced by its Cyrillic twin. */
    public static String repairCyrillic(String text) {
        return replace(text, LATIN_TO_CYRILLIC);
    }

    /** Latin text with every Cyrillic look-alike letter replaced by its Latin twin. */
    public static String repairLatin(String text) {
        return replace(text, CYRILLIC_TO_LATIN);
    }

    public static boolean hasLatinLetter(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    public static boolean hasCyrillicLetter(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static String replace(String text, Map<Character, Character> table) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(table.getOrDefault(c, c));
        }
        return out.toString();
    }

    private static Map<Character, Character> pairs(String from, String to) {
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to.charAt(i));
        }
        return Map.copyOf(map);
    }
}
