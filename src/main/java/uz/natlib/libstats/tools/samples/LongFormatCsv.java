package uz.natlib.libstats.tools.samples;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ReportedStatus;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.workbook.ReturnLayout;

/**
 * A return as a long CSV, the way an office exports from its own database: one line per figure,
 * semicolon-separated (what Excel uses where the decimal mark is a comma), UTF-8 with a BOM so
 * Excel shows the Cyrillic correctly.
 */
final class LongFormatCsv {

    static final String[] HEADER = {"district", "year", "quarter", "indicator", "measure", "value", "note"};

    private LongFormatCsv() {
    }

    static void write(Path file, Catalogue catalogue, String district, int year, int quarter,
                      Map<ValueKey, BigDecimal> values, Map<String, ReportedStatus> statuses) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(out, format)) {
                for (Indicator indicator : catalogue.indicators()) {
                    for (String measure : indicator.measures()) {
                        BigDecimal value = values.get(new ValueKey(indicator.code(), measure));
                        if (value != null) {
                            csv.printRecord(district, year, quarter, indicator.code(), measure, value.toPlainString(), "");
                        }
                    }
                    ReportedStatus status = statuses.get(indicator.code());
                    if (indicator.qualitative() && status != null && status.done() != null) {
                        String done = ReturnLayout.DONE_WORDS.get(Script.CYRL).get(status.done() ? 0 : 1);
                        csv.printRecord(district, year, quarter, indicator.code(), "done", done,
                                status.note() == null ? "" : status.note());
                    }
                }
            }
        }
    }
}
