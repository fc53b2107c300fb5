package uz.natlib.libstats.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.FileMagic;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;

/**
 * The first visible sheet of an .xlsx table that is not a return (an indicator table an
 * administrator imports), read behind the same guards as a return: size, zip bomb, cell limits.
 */
public final class TableSheet {

    /** Why a workbook could not be read, for the person who sent it. */
    public static final class Unreadable extends Exception {
        private final transient Message reason;

        Unreadable(Message reason) {
            super(reason.en());
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }

    private TableSheet() {
    }

    /** Whether the bytes are an Office Open XML package (.xlsx), whatever the file's name says. */
    public static boolean isXlsx(byte[] bytes) {
        try {
            return FileMagic.valueOf(new ByteArrayInputStream(bytes)) == FileMagic.OOXML;
        } catch (IOException e) {
            return false;
        }
    }

    public static SheetContent firstVisible(byte[] bytes, ReadingLimits limits) throws Unreadable {
        if (bytes.length > limits.fileSize().toBytes()) {
            throw new Unreadable(ReturnFileReader.tooLarge(limits));
        }
        CellGuard guard = new CellGuard(limits);
        try {
            Optional<Finding> refused = ZipScan.check(bytes, limits);
            if (refused.isPresent()) {
                throw new Unreadable(refused.get().message());
            }
            List<SheetContent> sheets = XlsxSheets.read(new ByteArrayInputStream(bytes), guard);
            return sheets.stream().filter(s -> !s.hidden()).findFirst()
                    .orElseThrow(() -> new Unreadable(Message.of("Иш китобида кўринадиган варақ йўқ.",
                            "The workbook has no visible sheet.")));
        } catch (LimitBroken e) {
            throw new Unreadable(e.finding().message());
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(Message.of("Иш китобини ўқиб бўлмади: у шикастланган. Excel'да очиб, .xlsx сифатида"
                    + " қайта сақланг.", "The workbook cannot be read: it is damaged. Open it in Excel and save it"
                    + " again as .xlsx."));
        }
    }
}
