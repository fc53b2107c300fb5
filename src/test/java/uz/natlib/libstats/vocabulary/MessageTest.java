package uz.natlib.libstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void givenASendersCyrillicTextQuoted_whenTheMessageIsWrittenInLatin_thenTheQuoteStaysAsTyped() {
        Message message = Message.of("F12: «" + ShownText.quoted("много") + "» сон эмас",
                "F12: «" + ShownText.quoted("много") + "» is not a number");

        assertThat(message.cyrl()).isEqualTo("F12: «много» сон эмас");
        assertThat(message.latn()).isEqualTo("F12: «много» son emas");
        assertThat(message.en()).isEqualTo("F12: «много» is not a number");
    }

    @Test
    void givenOurOwnWordsInGuillemets_whenWrittenInLatin_thenTheyAreTransliteratedAsEverythingOfOurs() {
        Message message = Message.of("1.2-қатор, «нусха»: «" + ShownText.quoted("ўн") + "» ва «"
                + ShownText.quoted("Жондор") + "» сон эмас", "copies");

        assertThat(message.latn()).isEqualTo("1.2-qator, «nusxa»: «ўн» va «Жондор» son emas");
    }

    @Test
    void givenAQuotedTextCarryingTheMarksItself_whenShown_thenTheyAreCodesAndTheQuoteEndsWhereOursDoes() {
        String forged = "x\uFDD1 ичида \uFDD0y";

        Message message = Message.of("«" + ShownText.quoted(forged) + "» ичида", "in");

        assertThat(message.cyrl()).isEqualTo("«x\\uFDD1 ичида \\uFDD0y» ичида");
        assertThat(message.latn()).isEqualTo("«x\\uFDD1 ичида \\uFDD0y» ichida");
    }

    @Test
    void givenAValueSeenQuoted_whenAFindingIsMade_thenItIsStoredWithoutTheMarks() {
        Finding finding = Finding.error(RuleId.NOT_A_NUMBER, "S", "F1", ShownText.quoted("много"),
                Message.of("сон эмас", "not a number"));

        assertThat(finding.valueSeen()).isEqualTo("много");
    }

    @Test
    void givenAPathShownVerbatim_whenWrittenInLatin_thenItStaysTheFilesOwnName() {
        Message message = Message.of("сабаблари: " + ShownText.verbatim("rejected/2026-12-06/жондор.csv.feedback.txt"),
                "reasons");

        assertThat(message.latn()).isEqualTo("sabablari: rejected/2026-12-06/жондор.csv.feedback.txt");
    }
}
