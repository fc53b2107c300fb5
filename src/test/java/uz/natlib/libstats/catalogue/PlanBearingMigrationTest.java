package uz.natlib.libstats.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * V16 against the real PostgreSQL: whatever 2021 flags a database holds, it leaves them equal to
 * catalogue/2021.csv, changes nothing when run again, and keeps every stored plan figure. Each
 * test runs in a transaction that is rolled back, so the shared database keeps its flags.
 */
@SpringBootTest
@Transactional
class PlanBearingMigrationTest {

    private static final String V16 = "/db/migration/V16__plan_bearing_true_to_seed.sql";

    @Autowired
    JdbcClient jdbc;

    private static String v16() throws IOException {
        try (InputStream in = PlanBearingMigrationTest.class.getResourceAsStream(V16)) {
            return new String(Objects.requireNonNull(in, V16).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Map<String, Boolean> flagsInTheDatabase() {
        Map<String, Boolean> flags = new HashMap<>();
        jdbc.sql("select code, plan_bearing from indicator where year = 2021")
                .query((rs, n) -> flags.put(rs.getString(1), rs.getBoolean(2))).list();
        return flags;
    }

    private static Map<String, Boolean> flagsInTheCatalogue() {
        return CatalogueFiles.read(2021).indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Indicator::planBearing));
    }

    @Test
    void givenAFreshDatabase_whenMigrated_thenV16RanAndTheFlagsAreTheCatalogues() {
        assertThat(jdbc.sql("select success from flyway_schema_history where version = '16'").query(Boolean.class).single())
                .isTrue();
        assertThat(flagsInTheDatabase()).isEqualTo(flagsInTheCatalogue());
    }

    @Test
    void givenADatabaseWithEveryFlagWrongAndAPlanFigureOnARowWithoutPlan_whenV16Runs_thenFlagsAsTheCatalogueAndTheFigureKept()
            throws IOException {
        int rows = jdbc.sql("update indicator set plan_bearing = not plan_bearing where year = 2021").update();
        assertThat(rows).isEqualTo(flagsInTheCatalogue().size());
        assertThat(flagsInTheDatabase().get("1.1")).isTrue();
        long plan = jdbc.sql("""
                        insert into submission (kind, original_name, sha256, district_code, period_code, status)
                        values ('plan', 'old-plan.xlsx', md5(random()::text) || md5(random()::text), '1706246', '2021',
                            'superseded')
                        returning id""").query(Long.class).single();
        jdbc.sql("""
                        insert into plan_value (submission_id, indicator_id, measure_key, value)
                        select ?, id, 'titles', 12000 from indicator where year = 2021 and code = '1.1'""")
                .param(plan).update();
        long planValues = jdbc.sql("select count(*) from plan_value").query(Long.class).single();

        int changed = jdbc.sql(v16()).update();

        assertThat(changed).isEqualTo(rows);
        assertThat(flagsInTheDatabase()).isEqualTo(flagsInTheCatalogue());
        assertThat(flagsInTheDatabase()).containsEntry("1.1", false).containsEntry("10.10", true)
                .containsEntry("10.1", false);
        assertThat(jdbc.sql("select count(*) from plan_value").query(Long.class).single()).isEqualTo(planValues);
        assertThat(jdbc.sql("select count(*) from plan_value where submission_id = ?").param(plan)
                .query(Long.class).single()).isEqualTo(1L);

        assertThat(jdbc.sql(v16()).update()).as("run again").isZero();
        assertThat(flagsInTheDatabase()).isEqualTo(flagsInTheCatalogue());
    }
}
