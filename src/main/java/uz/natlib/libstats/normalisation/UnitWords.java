package uz.natlib.libstats.normalisation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import uz.natlib.libstats.vocabulary.UzbekScript;

/**
 * Counter words and units people type after a figure: «15 та», «40 нусхада», «12 тадбирлар»,
 * «15 o‘quvchi», «15 экз.». Uzbek words are stems with their suffixes, in either script; Russian
 * ones the usual words and abbreviations.
 */
final class UnitWords {

    /** Uzbek stems as {@link UzbekScript#matchKey} keys: either script, any apostrophe («ўқувчи», «o‘quvchi», «o'quvchi»). */
    private static final List<String> UZBEK_STEMS = List.of("ta", "dona", "nafar", "kishi", "marta", "nusxa", "nom",
            "son", "bet", "sahifa", "tadbir", "kitob", "oquvchi",
            // ўқувчи typed on a Russian keyboard, which lacks ў and қ
            "ukuvchi",
            // units, and Russian abbreviations typed in Latin
            "mb", "sht");

    /** Plural, possessive, case: нусха-лар-и-да, тадбир-лар, нусха-си, бет-да, ном-да. */
    private static final String UZBEK_SUFFIXES = "(?:lar)?(?:i|si|im|ing|imiz|ingiz|m|ng|miz|ngiz)?"
            + "(?:da|ga|ka|qa|ni|ning|dan|dagi|gacha)?";
    private static final Pattern UZBEK = Pattern.compile("(?:" + String.join("|", UZBEK_STEMS) + ")" + UZBEK_SUFFIXES);

    /** Russian words and abbreviations, lower case, with ё as е. */
    private static final Pattern RUSSIAN = Pattern.compile("экз|экземпляр(?:а|ов|ы)?|шт|штук[аи]?|ед|единиц[аы]?"
            + "|чел|человек(?:а)?|стр|страниц[аы]?|раз(?:а)?|наим|наименовани[еяй]|мб");

    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");

    private UnitWords() {
    }

    /** Whether {@code word} (a single word, abbreviations with their dot) is a counter word or unit. */
    static boolean isUnit(String word) {
        String bare = TRAILING_DOTS.matcher(word).replaceAll("");
        if (bare.isEmpty()) {
            return false;
        }
        if (RUSSIAN.matcher(bare.toLowerCase(Locale.ROOT).replace('ё', 'е')).matches()) {
            return true;
        }
        return UZBEK.matcher(UzbekScript.matchKey(bare)).matches();
    }
}
