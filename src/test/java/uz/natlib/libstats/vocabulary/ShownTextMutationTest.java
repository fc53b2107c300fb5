package uz.natlib.libstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Quoting a sender's text at the quote limit, the bidi controls at both ends of their ranges,
 * quotes kept as typed in a message's Latin, and look-alike letters: each written out by hand.
 */
class ShownTextMutationTest {

    private static final char START = ShownText.QUOTE_START;
    private static final char END = ShownText.QUOTE_END;

    @Test
    void givenTextsAtTheQuoteLimit_whenQuotedOrShortened_thenCutOnlyPastIt() {
        String limit = "x".repeat(ShownText.QUOTE_LIMIT);
        assertThat(ShownText.quoted(limit)).isEqualTo(START + limit + "" + END);
        assertThat(ShownText.quoted(limit + "y")).isEqualTo(START + limit + "…" + END);
        assertThat(ShownText.shortened(limit)).isEqualTo(limit);
        assertThat(ShownText.shortened(limit + "y")).isEqualTo(limit + "…");
        assertThat(ShownText.quoted("abc")).isEqualTo(START + "abc" + END);
        assertThat(ShownText.shortened("abc")).isEqualTo("abc");
        assertThat(ShownText.quoted(null)).isNull();
        assertThat(ShownText.shortened(null)).isNull();
    }

    @Test
    void givenBidiControlsAtTheEndsOfTheirRanges_whenShown_thenEscapedAndTheirNeighboursNot() {
        assertThat(ShownText.of("a\u202Ab")).isEqualTo("a\\u202Ab");
        assertThat(ShownText.of("a\u202Eb")).isEqualTo("a\\u202Eb");
        assertThat(ShownText.of("a\u2066b")).isEqualTo("a\\u2066b");
        assertThat(ShownText.of("a\u2069b")).isEqualTo("a\\u2069b");
        assertThat(ShownText.of("a\u061Cb\u200Ec\u200Fd")).isEqualTo("a\\u061Cb\\u200Ec\\u200Fd");
        assertThat(ShownText.of("a\u2029b\u202Fc\u2065d\u206Ae")).isEqualTo("a\u2029b\u202Fc\u2065d\u206Ae");
    }

    @Test
    void givenMarkedTexts_whenUnmarkedOrUnwrapped_thenTheMarksGo() {
        assertThat(ShownText.unmarked("a" + START + "b" + END + "c")).isEqualTo("abc");
        assertThat(ShownText.unmarked("a" + START + "b")).isEqualTo("ab");
        assertThat(ShownText.unmarked("a" + END + "b")).isEqualTo("ab");
        assertThat(ShownText.unmarked("abc")).isEqualTo("abc");
        assertThat(ShownText.unmarked(null)).isNull();
        assertThat(ShownText.unwrapped(START + "" + END)).isEmpty();
        assertThat(ShownText.unwrapped(START + "ab" + END)).isEqualTo("ab");
        assertThat(ShownText.unwrapped(String.valueOf(START))).isEqualTo(String.valueOf(START));
        assertThat(ShownText.unwrapped("a" + END)).isEqualTo("a" + END);
        assertThat(ShownText.unwrapped(START + "a")).isEqualTo(START + "a");
        assertThat(ShownText.unwrapped(null)).isNull();
    }

    @Test
    void givenAMessageQuotingTheSender_whenItsLatinIsMade_thenOnlyTheMessageIsTransliterated() {
        String cyrl = "Сон эмас: " + ShownText.quoted("много") + ", қатор " + ShownText.quoted("уч") + " ва охири";
        assertThat(Message.latinKeepingQuotes(cyrl)).isEqualTo("Son emas: " + START + "много" + END + ", qator " + START
                + "уч" + END + " va oxiri");
        assertThat(Message.of(cyrl, "en").latn()).isEqualTo("Son emas: много, qator уч va oxiri");
        assertThat(Message.latinKeepingQuotes("охири " + START + "очиқ")).isEqualTo("oxiri " + START + "очиқ");
        assertThat(Message.latinKeepingQuotes(START + "ёз" + END)).isEqualTo(START + "ёз" + END);
        assertThat(Message.latinKeepingQuotes("сон")).isEqualTo("son");
        assertThat(Message.latinKeepingQuotes(null)).isNull();
    }

    @Test
    void givenLookAlikeLetters_whenRepairedOrDetected_thenTwinsSwappedAndScriptsSeen() {
        assertThat(MixedScript.repairCyrillic("Бухоpо")).isEqualTo("Бухоро");
        assertThat(MixedScript.repairLatin("Buxоrо")).isEqualTo("Buxoro");
        assertThat(MixedScript.repairCyrillic(null)).isNull();
        assertThat(MixedScript.repairLatin("ЖЖ")).isEqualTo("ЖЖ");
        assertThat(MixedScript.hasLatinLetter("Бухоpо")).isTrue();
        assertThat(MixedScript.hasLatinLetter("Бухоро 12")).isFalse();
        assertThat(MixedScript.hasCyrillicLetter("Buxоro")).isTrue();
        assertThat(MixedScript.hasCyrillicLetter("Buxoro 12")).isFalse();
    }
}
