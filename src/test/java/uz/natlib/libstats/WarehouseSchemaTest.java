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
        // the tables and sequences of Spring Batch's PostgreSQL schema, named here by hand
        assertThat(jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_name like 'batch\\_%'""")
                .query(String.class).list())
                .containsExactlyInAnyOrder("batch_job_instance", "batch_job_execution", "batch_job_execution_params",
                        "batch_step_execution", "batch_step_execution_context", "batch_job_execution_context");
        assertThat(jdbc.sql("""
                        select sequence_name from information_schema.sequences
                        where sequence_schema = 'public' and sequence_name like 'batch\\_%'""")
                .query(String.class).list())
                .containsExactlyInAnyOrder("batch_job_instance_seq", "batch_job_execution_seq", "batch_step_execution_seq");
        // the columns Spring Batch 6 reads
        assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'batch_job_instance'")
                .query(String.class).list())
                .contains("job_instance_id", "version", "job_name", "job_key");
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
