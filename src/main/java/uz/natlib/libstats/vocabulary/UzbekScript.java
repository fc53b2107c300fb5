package uz.natlib.libstats.vocabulary;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Uzbek in its two scripts: Cyrillic to the official Latin alphabet (1995, as amended), the
 * apostrophes of Latin text, and a spelling-blind key for matching names typed by people.
 */
public final class UzbekScript {

    /** Modifier letter turned comma, for oʻ and gʻ. */
    public static final char TURNED_COMMA = '\u02BB';
    /** Modifier letter apostrophe, for the tutuq belgisi (sign of a glottal stop). */
    public static final char APOSTROPHE = '\u02BC';

    // Every character people type for the Uzbek apostrophe.
    private static final String APOSTROPHE_VARIANTS = "'`\u2018\u2019\u02BB\u02BC\u00B4\u02B9\u02BE\u02BF";
    private static final Pattern ANY_APOSTROPHE = Pattern.compile("[" + Pattern.quote(APOSTROPHE_VARIANTS) + "]");
    private static final Pattern OG_APOSTROPHE = Pattern.compile("([OoGg])[" + Pattern.quote(APOSTROPHE_VARIANTS) + "]");

    private static final String CYRILLIC_TO_LATIN_RULES = """
            # Preceding context is matched against text already transliterated, so vowels of both scripts count.
            $vowel = [аеёиоуэюяўАЕЁИОУЭЮЯЎaeiouAEIOU];
            $letter = [[:L:]];
            $upper = [[:Lu:]];
            $sign = [ЪъЬьʼ];
            # е is ye at the start of a word and after a vowel or a hard/soft sign, e elsewhere.
            [^$letter] {Е} $upper > YE;
            $vowel {Е} $upper > YE;
            [^$letter] {Е} > Ye;
            $vowel {Е} > Ye;
            $sign {Е} > Ye;
            [^$letter] {е} > ye;
            $vowel {е} > ye;
            $sign {е} > ye;
            ^ {Е} $upper > YE;
            ^ {Е} > Ye;
            ^ {е} > ye;
            Е > E;
            е > e;
            # ц is ts after a vowel, s elsewhere.
            $vowel {Ц} > Ts;
            $vowel {ц} > ts;
            Ц > S;
            ц > s;
            # Digraph capitals are doubled inside an all-capital word.
            Ш } $upper > SH;
            Ч } $upper > CH;
            Ё } $upper > YO;
            Ю } $upper > YU;
            Я } $upper > YA;
            Ш > Sh; ш > sh;
            Ч > Ch; ч > ch;
            Ё > Yo; ё > yo;
            Ю > Yu; ю > yu;
            Я > Ya; я > ya;
            Ў > Oʻ; ў > oʻ;
            Ғ > Gʻ; ғ > gʻ;
            Қ > Q; қ > q;
            Ҳ > H; ҳ > h;
            Ж > J; ж > j;
            Х > X; х > x;
            Й > Y; й > y;
            Ъ > ʼ; ъ > ʼ;
            Ь > ; ь > ;
            Э > E; э > e;
            Ы > I; ы > i;
            Щ > Sh; щ > sh;
            А > A; а > a; Б > B; б > b; В > V; в > v; Г > G; г > g; Д > D; д > d;
            З > Z; з > z; И > I; и > i; К > K; к > k; Л > L; л > l; М > M; м > m;
            Н > N; н > n; О > O; о > o; П > P; п > p; Р > R; р > r; С > S; с > s;
            Т > T; т > t; У > U; у > u; Ф > F; ф > f;
            """;

    // A Transliterator may not be used by two threads at once; each checking thread gets its own.
    private static final ThreadLocal<Transliterator> CYRILLIC_TO_LATIN = ThreadLocal.withInitial(() ->
            Transliterator.createFromRules("uz-Cyrl-uz-Latn", CYRILLIC_TO_LATIN_RULES, Transliterator.FORWARD));

    // Labels, measure names and answers repeat in every file: their keys are worth remembering.
    private static final int MAX_REMEMBERED_KEYS = 50_000;
    private static final Map<String, String> MATCH_KEYS = new ConcurrentHashMap<>();

    private UzbekScript() {
    }

    /** Uzbek Cyrillic text in the Latin alphabet; Latin letters, digits and punctuation pass through. */
    public static String toLatin(String cyrillic) {
        if (cyrillic == null || cyrillic.isEmpty()) {
            return cyrillic;
        }
        if (cyrillic.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            return cyrillic;
        }
        return CYRILLIC_TO_LATIN.get().transliterate(cyrillic);
    }

    /**
     * Latin Uzbek with its apostrophes made proper: ʻ after o and g, ʼ elsewhere, whichever
     * of ' ` ‘ ’ ʻ ʼ was typed.
     */
    public static String normaliseLatinApostrophes(String latin) {
        if (latin == null) {
            return null;
        }
        String og = OG_APOSTROPHE.matcher(latin).replaceAll("$1" + TURNED_COMMA);
        StringBuilder out = new StringBuilder(og.length());
        for (int i = 0; i < og.length(); i++) {
            char c = og.charAt(i);
            out.append(c != TURNED_COMMA && APOSTROPHE_VARIANTS.indexOf(c) >= 0 ? APOSTROPHE : c);
        }
        return out.toString();
    }

    /**
     * A key under which every spelling of a name matches: either script, any apostrophe,
     * any case, runs of spaces and dashes folded ("Ғиждувон", "G'ijduvon", "gʻijduvon" agree).
     */
    public static String matchKey(String text) {
        if (text == null) {
            return "";
        }
        String known = MATCH_KEYS.get(text);
        if (known != null) {
            return known;
        }
        String key = computeMatchKey(text);
        if (MATCH_KEYS.size() < MAX_REMEMBERED_KEYS) {
            MATCH_KEYS.put(text, key);
        }
        return key;
    }

    private static String computeMatchKey(String text) {
        String latin = toLatin(text.strip());
        String folded = ANY_APOSTROPHE.matcher(latin).replaceAll("");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00A0\\-\u2013\u2014]+", " ")
                .strip();
    }
}
