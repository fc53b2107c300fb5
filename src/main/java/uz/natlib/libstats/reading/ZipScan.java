package uz.natlib.libstats.reading;

import java.io.IOException;
import java.io.InputStream;
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
            long unpacked = 0;
            int parts = 0;
            byte[] buffer = new byte[8192];
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
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        unpacked += n;
                        if (unpacked > limits.unpackedSize().toBytes()) {
                            return Optional.of(unpacksTooLarge(limits));
                        }
                    }
                }
            }
            return Optional.empty();
        }
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
