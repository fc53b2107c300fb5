package uz.natlib.libstats.vocabulary;

import java.util.Locale;

/** The script a report is written in: Uzbek Cyrillic or Uzbek Latin. */
public enum Script {
    CYRL, LATN;

    /** Both scripts format numbers the Uzbek way: 1 234 567,5. */
    public static final Locale UZBEK = Locale.forLanguageTag("uz");

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Script of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Text written in Cyrillic, in this script. */
    public String text(String cyrillic) {
        return this == CYRL || cyrillic == null ? cyrillic : UzbekScript.toLatin(cyrillic);
    }

    /** Whichever of the two stored spellings fits this script. */
    public String pick(String cyrillic, String latin) {
        return this == CYRL ? cyrillic : latin == null || latin.isBlank() ? text(cyrillic) : latin;
    }
}
