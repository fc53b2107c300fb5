package uz.natlib.libstats.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CsvEncodingTest {

    private static Optional<Charset> detect(byte[] bytes) {
        return CsvEncoding.detect(bytes, bytes.length).map(CsvEncoding::charset);
    }

    @Test
    void givenUtf8WithNulsTypedInIt_whenDetected_thenStillUtf8() {
        assertThat(detect("district,year\n1706246,\0\0\0\0\0\0\0\0,1\0\n".getBytes(StandardCharsets.UTF_8)))
                .contains(StandardCharsets.UTF_8);
    }

    @Test
    void givenMostlyCyrillicUtf16WithoutBom_whenDetected_thenTheDigitsAndCommasTellTheByteOrder() {
        String text = "1706246,Жондор тумани кутубхонаси ўқувчилар билан учрашув ўтказди, анкета тарқатилди\n";
        assertThat(detect(text.getBytes(StandardCharsets.UTF_16LE))).contains(StandardCharsets.UTF_16LE);
        assertThat(detect(text.getBytes(StandardCharsets.UTF_16BE))).contains(StandardCharsets.UTF_16BE);
    }

    @Test
    void givenWindows1251_whenDetected_thenUtf8ToBeDecodedStrictly() {
        assertThat(detect("Жондор".getBytes(Charset.forName("windows-1251")))).contains(StandardCharsets.UTF_8);
    }

    @Test
    void givenByteOrderMarks_whenDetected_thenTheirLengthIsSkipped() {
        assertThat(CsvEncoding.detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}, 4))
                .contains(new CsvEncoding(StandardCharsets.UTF_8, 3));
        assertThat(CsvEncoding.detect(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}, 4))
                .contains(new CsvEncoding(StandardCharsets.UTF_16BE, 2));
        assertThat(CsvEncoding.detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, 4)).isEmpty();
    }

    @Test
    void givenABadByteAfterLoneCarriageReturns_whenDecoded_thenItsLineIsCounted() throws Exception {
        byte[] bytes = "a\rb\r\nc\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC6;
        Reader input = new CsvInput(new ByteArrayInputStream(bad),
                new CsvEncoding(StandardCharsets.UTF_8, 0).strictDecoder(), 0, 1000, 1000);

        assertThatThrownBy(() -> {
            char[] chars = new char[100];
            while (input.read(chars) >= 0) {
                // the text before the bad byte is handed on first
            }
        })
                .isInstanceOfSatisfying(CsvInput.Stop.class, s -> {
                    assertThat(s.problem()).isEqualTo(CsvInput.Problem.NOT_DECODABLE);
                    assertThat(s.line()).isEqualTo(4);
                });
    }
}
