package uz.natlib.libstats.tools.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files that are not readable workbooks at all. */
final class FileFlaws {

    private FileFlaws() {
    }

    /** The workbook inside Excel's "Encrypt with password" container (agile encryption). */
    static void encrypted(byte[] xlsx, String password, Path file) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** A download or copy cut short: the first half of a valid workbook. */
    static void truncated(byte[] xlsx, Path file) throws IOException {
        Files.write(file, Arrays.copyOf(xlsx, xlsx.length / 2));
    }

    static void notAWorkbook(Path file) throws IOException {
        Files.writeString(file, """
                Жондор тумани АКМ ҳисоботи
                Бу файл Excel эмас: ҳисобот хат матнига ёзилган.
                Visits: 1200; events: 15
                """, StandardCharsets.UTF_8);
    }

    static void empty(Path file) throws IOException {
        Files.write(file, new byte[0]);
    }

    /** What Excel leaves beside an open workbook: the user's name padded to 162 bytes. */
    static void lockFile(Path file) throws IOException {
        byte[] bytes = new byte[162];
        Arrays.fill(bytes, (byte) ' ');
        byte[] user = "libstats".getBytes(StandardCharsets.US_ASCII);
        bytes[0] = (byte) user.length;
        System.arraycopy(user, 0, bytes, 1, user.length);
        byte[] wide = "libstats".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(wide, 0, bytes, 56, wide.length);
        Files.write(file, bytes);
    }
}
