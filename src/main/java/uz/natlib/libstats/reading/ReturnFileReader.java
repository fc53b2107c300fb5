package uz.natlib.libstats.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;

/**
 * Reads one received file, whatever it is, into a {@link RawReturn}. The format is told by the
 * file's first bytes, not its name; a file that cannot be read becomes a finding, never an
 * exception, so that the sender learns what is wrong with it.
 */
@Component
public class ReturnFileReader {

    public RawReturn read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            return unreadable(fileName, RuleId.EMPTY_FILE, Message.of(
                    "Файл бўш (0 байт). Ҳисоботни қайта сақлаб, яна юборинг.",
                    "The file is empty (0 bytes). Save the return again and send it once more."));
        }
        try {
            FileMagic magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
            return switch (magic) {
                case OOXML -> ReturnTableParser.parse(fileName, "xlsx", XlsxSheets.read(new ByteArrayInputStream(bytes)));
                case OLE2 -> readOle2(fileName, bytes);
                default -> isCsv(fileName) ? CsvReturnReader.read(fileName, bytes) : notExcel(fileName);
            };
        } catch (IOException | RuntimeException e) {
            return unreadable(fileName, RuleId.UNREADABLE_FILE, Message.of(
                    "Файлни ўқиб бўлмади: у шикастланган ёки Excel файли эмас (" + brief(e) + ")."
                            + " Уни Excel'да очиб, .xlsx сифатида қайта сақланг.",
                    "The file cannot be read: it is damaged or not an Excel file (" + brief(e) + ")."
                            + " Open it in Excel and save it again as .xlsx."));
        }
    }

    public RawReturn read(String fileName, InputStream in) throws IOException {
        return read(fileName, in.readAllBytes());
    }

    private RawReturn readOle2(String fileName, byte[] bytes) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return unreadable(fileName, RuleId.ENCRYPTED_FILE, Message.of(
                        "Файл парол билан ҳимояланган. Паролни олиб ташлаб (Файл → Маълумот → Ҳужжатни ҳимоялаш),"
                                + " қайта юборинг.",
                        "The workbook is password-protected. Remove the password (File → Info → Protect Workbook)"
                                + " and send it again."));
            }
            return ReturnTableParser.parse(fileName, "xls", XlsSheets.read(fs));
        }
    }

    private static RawReturn notExcel(String fileName) {
        return unreadable(fileName, RuleId.UNREADABLE_FILE, Message.of(
                "Бу файл Excel иш китоби ҳам, CSV ҳам эмас (номи «" + fileName + "» бўлса ҳам)."
                        + " Миллий кутубхона шаклини .xlsx ёки .xls сифатида юборинг.",
                "This file is neither an Excel workbook nor a CSV, whatever its name («" + fileName + "») says."
                        + " Send the National Library's template as .xlsx or .xls."));
    }

    private static boolean isCsv(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".txt");
    }

    private static RawReturn unreadable(String fileName, RuleId rule, Message message) {
        return new RawReturn(fileName, "unknown", new Identification(Map.of(), Map.of()), List.of(), List.of(),
                List.of(Finding.error(rule, null, null, null, message)));
    }

    private static String brief(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
