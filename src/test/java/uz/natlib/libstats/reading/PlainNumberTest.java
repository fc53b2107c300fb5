package uz.natlib.libstats.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shortcut for whole numbers never says "plain" where BigDecimal's plain form would differ. */
class PlainNumberTest {

    @Test
    void givenTextsLikeCellValues_whenJudgedPlain_thenTheyAreExactlyTheirOwnPlainForm() {
        List<String> fixed = List.of("0", "-0", "7", "73", "-12", "007", "0.0", "73.0", "7.3E1", "1E3", "", "-",
                "123456789012345678", "1234567890123456789", "+5", " 5", "5 ");
        Random random = new Random(12);
        java.util.ArrayList<String> texts = new java.util.ArrayList<>(fixed);
        String alphabet = "0123456789-.E+ ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                text.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 10 : alphabet.length())));
            }
            texts.add(text.toString());
        }
        int plain = 0;
        for (String text : texts) {
            if (XlsxSheets.isPlainWholeNumber(text)) {
                plain++;
                assertThat(new BigDecimal(text).stripTrailingZeros().toPlainString()).as(text).isEqualTo(text);
            }
        }
        assertThat(plain).isGreaterThan(1000);
        assertThat(XlsxSheets.isPlainWholeNumber("-0")).isFalse();
        assertThat(XlsxSheets.isPlainWholeNumber("007")).isFalse();
        assertThat(XlsxSheets.isPlainWholeNumber("73")).isTrue();
    }
}
