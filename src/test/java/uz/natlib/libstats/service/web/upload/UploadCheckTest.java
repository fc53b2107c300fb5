package uz.natlib.libstats.service.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class UploadCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-06T04:15:00Z");

    @Test
    void theNameKeepsOnlyTheSendersFileNameWithoutFoldersOrControlCharacters() {
        assertThat(UploadCheck.safeName("C:\\Users\\x\\..\\1706204_olot_2021_Q1.XLSX", "xlsx", NOW, "0a0b0c0d"))
                .isEqualTo("upload-20261206-091500-0a0b0c0d-1706204_olot_2021_Q1.xlsx");
        assertThat(UploadCheck.safeName("../../etc/passwd\u0000.xlsx", "xlsx", NOW, "0a0b0c0d"))
                .isEqualTo("upload-20261206-091500-0a0b0c0d-passwd.xlsx");
        assertThat(UploadCheck.safeName("evil\u202Exslx.csv", "csv", NOW, "0a0b0c0d"))
                .isEqualTo("upload-20261206-091500-0a0b0c0d-evilxslx.csv");
        assertThat(UploadCheck.safeName("...hidden.xls", "xls", NOW, "0a0b0c0d"))
                .isEqualTo("upload-20261206-091500-0a0b0c0d-hidden.xls");
        assertThat(UploadCheck.safeName("a:b*c?\"<>|.xlsx", "xlsx", NOW, "0a0b0c0d"))
                .isEqualTo("upload-20261206-091500-0a0b0c0d-a_b_c_____.xlsx");
        assertThat(UploadCheck.safeName(null, "xlsx", NOW, "0a0b0c0d")).endsWith("-file.xlsx");
        assertThat(UploadCheck.safeName(".xlsx", "xlsx", NOW, "0a0b0c0d")).endsWith("-file.xlsx");
        String longName = UploadCheck.safeName("ж".repeat(500) + ".xlsx", "xlsx", NOW, "0a0b0c0d");
        assertThat(longName.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(140);
        assertThat(longName).endsWith("ж.xlsx");
    }

    @Test
    void onlyWorkbooksAndTextPassByNameAndFirstBytes() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2};
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        byte[] text = "district;year\n1706204;2021\n".getBytes(StandardCharsets.UTF_8);
        assertThat(UploadCheck.extension("a.XLSX")).contains("xlsx");
        assertThat(UploadCheck.extension("a.pdf")).isEmpty();
        assertThat(UploadCheck.extension("xlsx")).isEmpty();
        assertThat(UploadCheck.contentFits("xlsx", zip)).isTrue();
        assertThat(UploadCheck.contentFits("xlsx", ole2)).isTrue();
        assertThat(UploadCheck.contentFits("xls", ole2)).isTrue();
        assertThat(UploadCheck.contentFits("xlsx", text)).isFalse();
        assertThat(UploadCheck.contentFits("csv", text)).isTrue();
        assertThat(UploadCheck.contentFits("csv", zip)).isFalse();
        assertThat(UploadCheck.contentFits("csv", new byte[] {'a', 0, 'b'})).isFalse();
    }
}
