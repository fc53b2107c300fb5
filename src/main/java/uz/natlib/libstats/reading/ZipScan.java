package uz.natlib.libstats.reading;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;

/**
 * Looks through an .xlsx's zip before any part of it is parsed, the way the workbook reader will
 * see it (its central directory): how many parts, whether two share a name (then one reader
 * sees one copy and another the other), and how large they really unpack to, counted by
 * unpacking into nothing, so that a zip bomb is refused whatever sizes its headers claim.
 */
final class ZipScan {

    private ZipScan() {
    }

    static Optional<Finding> check(byte[] bytes, ReadingLimits limits) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Set<String> names = new HashSet<>();
            long[] unpacked = {0};
            int parts = 0;
            SharedStringReferences strings = new SharedStringReferences();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++parts > limits.parts()) {
                    return Optional.of(tooManyParts(limits));
                }
                if (!names.add(entry.getName().toLowerCase(java.util.Locale.ROOT))) {
                    return Optional.of(ambiguous(entry.getName()));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = new BufferedInputStream(new Budget(zip.getInputStream(entry), unpacked,
                        limits.unpackedSize().toBytes()), 1 << 16)) {
                    if (entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                        strings.scan(in.readAllBytes());
                    } else {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                } catch (OverBudget e) {
                    return Optional.of(unpacksTooLarge(limits));
                }
            }
            if (strings.highestIndex() >= strings.definitions()) {
                return Optional.of(missingText(strings));
            }
            return Optional.empty();
        }
    }

    /** Counts what is unpacked against what all parts together may unpack to. */
    private static final class Budget extends FilterInputStream {

        private final long[] used;
        private final long limit;

        Budget(InputStream in, long[] used, long limit) {
            super(in);
            this.used = used;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                spend(n);
            }
            return n;
        }

        private void spend(long n) {
            used[0] += n;
            if (used[0] > limit) {
                throw new OverBudget();
            }
        }
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    private static Finding missingText(SharedStringReferences strings) {
        return Finding.error(RuleId.UNREADABLE_FILE, null, null, null, Message.of(
                "Файл шикастланган: катак " + strings.highestIndex() + "-матнга ишора қилади, иш китобида эса"
                        + " фақат " + strings.definitions() + " та матн бор. Уни Excel'да очиб, .xlsx сифатида"
                        + " қайта сақланг.",
                "The file is damaged: a cell points at text number " + strings.highestIndex() + " while the"
                        + " workbook holds only " + strings.definitions() + " texts. Open it in Excel and save it"
                        + " again as .xlsx."));
    }

    private static Finding tooManyParts(ReadingLimits limits) {
        return Finding.error(RuleId.TOO_MANY_PARTS, null, null, null, Message.of(
                "Файл ичида қисмлар жуда кўп (" + limits.parts() + " тадан ортиқ): бу оддий Excel иш китобига"
                        + " ўхшамайди. Ҳисобот шаклини Excel'да очиб, .xlsx сифатида қайта сақланг.",
                "The file holds too many parts (more than " + limits.parts() + "): not what an Excel workbook"
                        + " looks like. Open the return in Excel and save it again as .xlsx."));
    }

    private static Finding ambiguous(String name) {
        return Finding.error(RuleId.AMBIGUOUS_ARCHIVE, null, null, ShownText.quoted(name), Message.of(
                "Файл ичида бир хил номли иккита қисм бор («" + ShownText.quoted(name) + "»): турли дастурлар"
                        + " уни турлича ўқийди. Ҳисоботни Excel'да очиб, .xlsx сифатида қайта сақланг.",
                "The file holds two parts with the same name («" + ShownText.quoted(name) + "»): different programs"
                        + " would read different contents. Open the return in Excel and save it again as .xlsx."));
    }

    private static Finding unpacksTooLarge(ReadingLimits limits) {
        return Finding.error(RuleId.UNPACKS_TOO_LARGE, null, null, null, Message.of(
                "Файл очилганда жуда катта бўлади (" + limits.unpackedSize().toMegabytes() + " МБ дан ортиқ);"
                        + " ҳисобот шакли бир неча юз КБ бўлади. Ортиқча варақ ва қаторларни ўчириб, қайта юборинг.",
                "The file unpacks to too much data (more than " + limits.unpackedSize().toMegabytes() + " MB);"
                        + " a return is a few hundred KB. Delete extra sheets and rows and send it again."));
    }
}
