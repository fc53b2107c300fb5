package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.catalogue.CatalogueRepository;

/** The migrations against the real (embedded) PostgreSQL. */
@SpringBootTest
class WarehouseSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogueRepository catalogues;

    @Test
    void givenAFreshDatabase_whenMigrated_thenSpringBatchTablesExist() {
        Long count = jdbc.sql("select count(*) from batch_job_instance").query(Long.class).single();
        assertThat(count).isNotNull();
    }

    @Test
    void givenAFreshDatabase_whenMigrated_thenTerritoryHasFourteenRegionsAndJondorInBukhara() {
        assertThat(jdbc.sql("select count(*) from territory where level = 'region'").query(Long.class).single())
                .isEqualTo(14);
        assertThat(jdbc.sql("select parent_code from territory where code = '1706246'").query(String.class).single())
                .isEqualTo("1706");
        assertThat(jdbc.sql("select count(*) from territory where parent_code = '1706'").query(Long.class).single())
                .isEqualTo(13);
        assertThat(jdbc.sql("select code from territory where match_key = 'jondor tumani'").query(String.class).single())
                .isEqualTo("1706246");
    }

    @Test
    void givenTheCatalogueFiles_whenLoadedByTheMigration_thenTheWarehouseHoldsTheSameCatalogue() {
        var fromFiles = CatalogueFiles.read(2021);
        var fromWarehouse = catalogues.find(2021).orElseThrow();
        assertThat(fromWarehouse.indicators()).containsExactlyElementsOf(fromFiles.indicators());
        assertThat(fromWarehouse.sections()).containsExactlyElementsOf(fromFiles.sections());
    }

    @Test
    void givenPeriods_whenMigrated_thenQuarterCodesAndDatesAreCalendarQuarters() {
        var q2 = jdbc.sql("select start_date::text || ' ' || end_date::text from period where code = '2021Q2'")
                .query(String.class).single();
        assertThat(q2).isEqualTo("2021-04-01 2021-06-30");
    }

    @Test
    void givenNoCatalogueForAYear_whenLookedUp_thenEmpty() {
        assertThat(catalogues.find(1999)).isEmpty();
    }
}
