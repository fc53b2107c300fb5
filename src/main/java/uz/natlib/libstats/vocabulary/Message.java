package uz.natlib.libstats.vocabulary;

/** A message for people, in Uzbek Cyrillic, Uzbek Latin and English. */
public record Message(String cyrl, String latn, String en) {

    /** The Latin text is the transliterated Cyrillic one, so the two never drift apart. */
    public static Message of(String cyrl, String en) {
        return new Message(cyrl, UzbekScript.toLatin(cyrl), en);
    }
}
