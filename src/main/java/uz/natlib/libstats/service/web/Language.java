package uz.natlib.libstats.service.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import uz.natlib.libstats.vocabulary.Script;

/** The pages' three languages, as stored for a user and written in a URL. */
public enum Language {
    CYRL("cyrl", Locale.forLanguageTag("uz-Cyrl"), "Ўзбекча"),
    LATN("latn", Locale.forLanguageTag("uz-Latn"), "Oʻzbekcha"),
    EN("en", Locale.ENGLISH, "English");

    private final String code;
    private final Locale locale;
    private final String ownName;

    Language(String code, Locale locale, String ownName) {
        this.code = code;
        this.locale = locale;
        this.ownName = ownName;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself: what the switch shows. */
    public String ownName() {
        return ownName;
    }

    /** The script of Uzbek texts from the warehouse (names, findings): English pages show Latin. */
    public Script script() {
        return this == CYRL ? Script.CYRL : Script.LATN;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    public static Language of(Locale locale) {
        if (locale == null || !"uz".equals(locale.getLanguage())) {
            return locale != null && "en".equals(locale.getLanguage()) ? EN : LATN;
        }
        return "Cyrl".equals(locale.getScript()) ? CYRL : LATN;
    }
}
