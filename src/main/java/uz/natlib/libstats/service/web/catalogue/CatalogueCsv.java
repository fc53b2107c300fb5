package uz.natlib.libstats.service.web.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueCommand;
import uz.natlib.libstats.catalogue.Indicator;

/**
 * A year's table as CSV, column for column what {@code jobs/catalogue export --year Y} writes
 * ({@link CatalogueCommand#COLUMNS}), so that a table downloaded from the page imports again.
 */
public final class CatalogueCsv {

    private CatalogueCsv() {
    }

    public static void write(Catalogue catalogue, OutputStream stream) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CatalogueCommand.COLUMNS.toArray(String[]::new)).get();
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
