package uz.natlib.libstats.catalogue;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, the indicator tables shipped with the application (catalogue/&lt;year&gt;.csv
 * from 2022 on; 2021's comes from migration V4) that the warehouse lacks are imported, as an
 * administrator's import would. A table already there, imported or replaced by an administrator,
 * is left alone. {@code libstats.catalogue.import-shipped=false} leaves every later year to the
 * administrators.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "libstats.catalogue.import-shipped", havingValue = "true", matchIfMissing = true)
class ShippedCatalogues implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedCatalogues.class);
    private static final int FIRST_IMPORTED = 2022;

    private final CatalogueImport imports;

    ShippedCatalogues(CatalogueImport imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (int year : CatalogueFiles.years()) {
            if (year < FIRST_IMPORTED) {
                continue;
            }
            byte[] table;
            try (InputStream in = CatalogueFiles.class.getResourceAsStream("/catalogue/" + year + ".csv")) {
                table = in.readAllBytes();
            }
            CatalogueImport.Outcome outcome = imports.importIfAbsent(year, "catalogue/" + year + ".csv", table,
                    "shipped with the application");
            if (outcome.stored()) {
                log.info("Imported the {} indicator table shipped with the application ({} rows)", year, outcome.rows());
            } else if (outcome.result() == CatalogueImport.Result.REFUSED) {
                outcome.findings().forEach(f -> log.error("Shipped {} table: {} {}", year, f.where(), f.message().en()));
            }
        }
    }
}
