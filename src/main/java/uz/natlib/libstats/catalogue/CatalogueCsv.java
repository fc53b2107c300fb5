package uz.natlib.libstats.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.util.List;

/**
 * A year's table as CSV, as {@code jobs/catalogue export} and the administrator's page write it,
 * in the columns the import reads: a table exported imports again unchanged.
 */
public final class CatalogueCsv {

    /** The columns of a year's table, as exported and as the import reads them. */
    public static final List<String> COLUMNS = List.of("code", "seed_number", "section", "parent_code", "breakdown",
            "label_cyrl", "label_latn", "label_en", "unit_seed", "measures", "aggregation", "periodicity", "due_seed",
            "plan", "qualitative", "previous_code");

    private CatalogueCsv() {
    }

    public static void write(Catalogue catalogue, OutputStream stream) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), format);
        for (Indicator i : catalogue.indicators()) {
            csv.printRecord(i.code(), i.seedNumber(), i.section(), i.parentCode(), lower(i.breakdown()),
                    i.labelCyrl(), i.labelLatn(), i.labelEn(), i.unitSeed(), String.join("|", i.measures()),
                    lower(i.aggregation()), lower(i.periodicity()), i.dueSeed(), i.planBearing(),
                    i.qualitative(), i.previousCode());
        }
        csv.flush();
    }

    private static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
