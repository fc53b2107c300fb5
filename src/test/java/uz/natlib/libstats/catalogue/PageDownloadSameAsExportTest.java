package uz.natlib.libstats.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.service.web.catalogue.CatalogueCsv;

/** The administrators' page downloads a year's table byte for byte as {@code jobs/catalogue export} writes it. */
class PageDownloadSameAsExportTest {

    @Test
    void thePagesCsvIsTheCommandsCsv() throws Exception {
        Catalogue catalogue = new Catalogue(2097, "test", List.of(new Section("I", 1, "Фонд", "Fond", "Collection")),
                List.of(new Indicator("1.1", "1", "I", null, Indicator.Breakdown.COMPLETE, "Жами, \"фонд\"", "Jami",
                                "Total, \"all\"", "нусха", List.of("titles", "copies"), Indicator.Aggregation.STOCK,
                                Indicator.Periodicity.QUARTERLY, "10", true, false, null),
                        new Indicator("1.1.01", null, "I", "1.1", null, "шундан\nкитоблар", null, "of which books",
                                null, List.of(), Indicator.Aggregation.FLOW, Indicator.Periodicity.ANNUAL, null,
                                false, true, "1.0|1.2")),
                List.of());
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        CatalogueCommand.write(catalogue, command);
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        CatalogueCsv.write(catalogue, page);
        assertThat(page.toByteArray()).isEqualTo(command.toByteArray());
    }
}
