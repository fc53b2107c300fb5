package uz.natlib.libstats.vocabulary;

/**
 * A message for people, in Uzbek Cyrillic, Uzbek Latin and English. The marks around a sender's
 * text quoted in it ({@link ShownText#quoted}) are dropped here, once the Latin text is made.
 */
public record Message(String cyrl, String latn, String en) {

    public Message {
        cyrl = ShownText.unmarked(cyrl);
        latn = ShownText.unmarked(latn);
        en = ShownText.unmarked(en);
    }

    /**
     * The Latin text is the transliterated Cyrillic one, so the two never drift apart; but what
     * the sender typed, quoted in it, is quoted as typed: the sender wrote «много», not «mnogo».
     */
    public static Message of(String cyrl, String en) {
        return new Message(cyrl, latinKeepingQuotes(cyrl), en);
    }

    static String latinKeepingQuotes(String cyrl) {
        if (cyrl == null || cyrl.indexOf(ShownText.QUOTE_START) < 0) {
            return UzbekScript.toLatin(cyrl);
        }
        StringBuilder latin = new StringBuilder(cyrl.length() + 16);
        int from = 0;
        while (from < cyrl.length()) {
            int start = cyrl.indexOf(ShownText.QUOTE_START, from);
            if (start < 0) {
                latin.append(UzbekScript.toLatin(cyrl.substring(from)));
                break;
            }
            latin.append(UzbekScript.toLatin(cyrl.substring(from, start)));
            int end = cyrl.indexOf(ShownText.QUOTE_END, start);
            int after = end < 0 ? cyrl.length() : end + 1;
            latin.append(cyrl, start, after);
            from = after;
        }
        return latin.toString();
    }
}
