package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.home.LibstatsProperties;

/**
 * {@code jobs/reports} for a period, or a region, without accepted data: a usage error (exit 2)
 * told in Uzbek Cyrillic, Uzbek Latin and English, before anything is consolidated or written.
 * The warehouse holds one accepted return: Jondor (Bukhara), 2021 Q1.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsWithoutDataCommandLineTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    private String stdout;
    private String stderr;

    @BeforeAll
    void oneReturn() throws IOException {
        TestWarehouse.empty(jdbc, properties);
        OffsetDateTime at = OffsetDateTime.parse("2021-04-05T09:30:00+05:00");
        jdbc.sql("""
                        insert into submission (kind, original_name, sha256, district_code, period_code, version, status,
                                                received_at, processed_at)
                        values ('return', '1706246_2021Q1.xlsx', ?, '1706246', '2021Q1', 1, 'accepted', ?, ?)""")
                .params("a".repeat(64), at, at).update();
    }

    @AfterAll
    void empty() throws IOException {
        TestWarehouse.empty(jdbc, properties);
    }

    private int run(String... args) throws IOException {
        Map<Path, Long> before = reportFiles();
        long runs = jdbc.sql("select count(*) from consolidation_run").query(Long.class).single();
        CommandLineRun run = CommandLineRun.of(args);
        stdout = run.stdout();
        stderr = run.stderr();
        Map<Path, Long> after = reportFiles();
        assertThat(after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))))
                .as("files written under reports/").isEmpty();
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).as("reports catalogued").isZero();
        assertThat(jdbc.sql("select count(*) from consolidation_run").query(Long.class).single())
                .as("consolidation runs").isEqualTo(runs);
        assertThat(stdout).isEmpty();
        return run.status();
    }

    /** Every file under reports/ with its time of last change. */
    private Map<Path, Long> reportFiles() throws IOException {
        Path reports = properties.home().resolve("reports");
        Map<Path, Long> files = new TreeMap<>();
        if (Files.exists(reports)) {
            try (Stream<Path> walk = Files.walk(reports)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(p, Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return files;
    }

    @Test
    void givenAFutureYear_whenReported_thenExitTwoInThreeLanguagesAndNothingConsolidatedOrWritten() throws IOException {
        assertThat(run("reports", "--year", "2030")).isEqualTo(2);
        assertThat(stderr).contains("libstats reports: 2030 йил учун қабул қилинган ҳисобот ёки режа йўқ: ҳеч нарса тузилмади.",
                "2030 yil uchun qabul qilingan hisobot yoki reja yoʻq: hech narsa tuzilmadi.",
                "no accepted return or plan for 2030: no reports made.").doesNotContain("consolidating");
    }

    @Test
    void givenAQuarterWithoutReturns_whenReported_thenExitTwo() throws IOException {
        assertThat(run("reports", "--year", "2021", "--quarter", "3", "--format", "csv")).isEqualTo(2);
        assertThat(stderr).contains("2021 йил III чорак учун қабул қилинган ҳисобот йўқ",
                "2021 yil III chorak uchun qabul qilingan hisobot yoʻq", "no accepted return for 2021 Q3: no reports made.");
    }

    @Test
    void givenARegionWithoutReturns_whenReported_thenExitTwo() throws IOException {
        assertThat(run("reports", "--year", "2021", "--quarter", "1", "--region", "1703", "--format", "csv")).isEqualTo(2);
        assertThat(stderr).contains("Андижон вилояти (1703) туманларидан 2021 йил I чорак учун қабул қилинган ҳисобот йўқ",
                "Andijon viloyati (1703) tumanlaridan 2021 yil I chorak uchun qabul qilingan hisobot yoʻq",
                "no accepted return for 2021 Q1 from the districts of Andijon viloyati (1703): no reports made.");
    }
}
