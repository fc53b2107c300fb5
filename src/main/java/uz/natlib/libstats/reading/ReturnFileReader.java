package uz.natlib.libstats.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;

/**
 * Reads one received file, whatever it is, into a {@link RawReturn}. The format is told by the
 * file's first bytes, not its name; a file that cannot be read becomes a finding, never an
 * exception, so that the sender learns what is wrong with it.
 */
@Component
public class ReturnFileReader {

    private final ReadingLimits limits;

    public ReturnFileReader(ReadingLimits limits) {
        this.limits = limits;
    }

    public RawReturn read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            return unreadable(fileName, RuleId.EMPTY_FILE, Message.of(
                    "Файл бўш (0 байт). Ҳисоботни қайта сақлаб, яна юборинг.",
                    "The file is empty (0 bytes). Save the return again and send it once more."));
        }
        if (bytes.length > limits.fileSize().toBytes()) {
            return unreadable(fileName, RuleId.FILE_TOO_LARGE, tooLarge(limits));
        }
        CellGuard guard = new CellGuard(limits);
        try {
            FileMagic magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
            return switch (magic) {
                case OOXML -> readOoxml(fileName, bytes, guard);
                case OLE2 -> readOle2(fileName, bytes, guard);
                default -> isCsv(fileName) ? CsvReturnReader.read(fileName, bytes, limits) : notExcel(fileName);
            };
        } catch (LimitBroken e) {
            List<Finding> findings = new ArrayList<>(guard.findings());
            if (!findings.contains(e.finding())) {
                findings.add(e.finding());
            }
            return unreadable(fileName, findings);
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

    /** The message for a file over {@code libstats.limits.file-size}, also used before a file is read at all. */
    public static Message tooLarge(ReadingLimits limits) {
        return Message.of(
                "Файл жуда катта (" + limits.fileSize().toMegabytes() + " МБ дан ортиқ); ҳисобот шакли бир неча юз КБ"
                        + " бўлади. Ортиқча варақлар, расмлар ва қаторларни ўчириб, қайта юборинг.",
                "The file is too large (more than " + limits.fileSize().toMegabytes() + " MB); a return is a few"
                        + " hundred KB. Delete extra sheets, pictures and rows and send it again.");
    }

    private RawReturn readOoxml(String fileName, byte[] bytes, CellGuard guard) throws IOException {
        Optional<Finding> refused = ZipScan.check(bytes, limits);
        if (refused.isPresent()) {
            return unreadable(fileName, List.of(refused.get()));
        }
        List<SheetContent> sheets = XlsxSheets.read(new ByteArrayInputStream(bytes), guard);
        return withFindings(ReturnTableParser.parse(fileName, "xlsx", sheets), guard.findings());
    }

    private static RawReturn withFindings(RawReturn parsed, List<Finding> reading) {
        if (reading.isEmpty()) {
            return parsed;
        }
        List<Finding> findings = new ArrayList<>(reading);
        findings.addAll(parsed.findings());
        return new RawReturn(parsed.fileName(), parsed.format(), parsed.identification(), parsed.values(),
                parsed.statuses(), findings);
    }

    private RawReturn readOle2(String fileName, byte[] bytes, CellGuard guard) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return unreadable(fileName, RuleId.ENCRYPTED_FILE, Message.of(
                        "Файл парол билан ҳимояланган. Паролни олиб ташлаб (Файл → Маълумот → Ҳужжатни ҳимоялаш),"
                                + " қайта юборинг.",
                        "The workbook is password-protected. Remove the password (File → Info → Protect Workbook)"
                                + " and send it again."));
            }
            return withFindings(ReturnTableParser.parse(fileName, "xls", XlsSheets.read(fs, guard)), guard.findings());
        }
    }

    private static RawReturn notExcel(String fileName) {
        return unreadable(fileName, RuleId.UNREADABLE_FILE, Message.of(
                "Бу файл Excel иш китоби ҳам, CSV ҳам эмас (номи «" + ShownText.quoted(fileName) + "» бўлса ҳам)."
                        + " Миллий кутубхона шаклини .xlsx ёки .xls сифатида юборинг.",
                "This file is neither an Excel workbook nor a CSV, whatever its name («" + ShownText.quoted(fileName) + "») says."
                        + " Send the National Library's template as .xlsx or .xls."));
    }

    private static boolean isCsv(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".txt");
    }

    private static RawReturn unreadable(String fileName, RuleId rule, Message message) {
        return unreadable(fileName, List.of(Finding.error(rule, null, null, null, message)));
    }

    private static RawReturn unreadable(String fileName, List<Finding> findings) {
        return new RawReturn(fileName, "unknown", new Identification(Map.of(), Map.of()), List.of(), List.of(), findings);
    }

    private static String brief(Throwable e) {
        String message = e.getMessage();
        // An exception's message may quote the file: shown escaped and short.
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + ShownText.quoted(message.lines().findFirst().orElse("")));
    }
}
