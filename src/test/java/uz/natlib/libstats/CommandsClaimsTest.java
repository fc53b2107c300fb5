package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.CommandLineFace;
import uz.natlib.libstats.consolidation.ConsolidateCommand;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.periods.PeriodsCommand;
import uz.natlib.libstats.tools.benchmark.BenchmarkCommand;
import uz.natlib.libstats.tools.samples.SamplesCommand;

/**
 * The README's commands table, for the commands no other test runs: {@code jobs/periods --lock/--unlock},
 * {@code jobs/consolidate} (a year, quarters Q–IV, every changed year), {@code jobs/samples --flawed} and
 * {@code jobs/benchmark} on a handful of returns. Each runs its command's bean on arguments parsed as the
 * command line parses them, on the shared test database.
 */
@SpringBootTest
class CommandsClaimsTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final Path BUKHARA = Path.of("sample-input/1706-buxoro-viloyati");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @Autowired
    IngestRuns ingest;

    @Autowired
    PeriodsCommand periods;

    @Autowired
    ConsolidateCommand consolidate;

    @Autowired
    SamplesCommand samples;

    @Autowired
    BenchmarkCommand benchmark;

    @TempDir
    Path out;

    @BeforeEach
    void emptyWarehouse() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        jdbc.sql("update period set locked_at = null").update();
    }

    private <A> String run(CommandHandler<A> command, Class<A> arguments, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = command.run(CommandLineFace.arguments(arguments, args), new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isZero();
        return printed;
    }

    /** Drops sample returns into the inbox and ingests them; the status each got. */
    private List<String> ingest(String... names) throws Exception {
        Path inbox = properties.home().resolve("inbox");
        Files.createDirectories(inbox);
        for (String name : names) {
            Files.copy(BUKHARA.resolve(name), inbox.resolve(name));
            Files.setLastModifiedTime(inbox.resolve(name), FileTime.from(Instant.now().minusSeconds(60)));
        }
        ingest.runOnce();
        return List.of(names).stream().map(n -> jdbc.sql("select status from submission where original_name = ?"
                + " order by id desc limit 1").param(n).query(String.class).single()).toList();
    }

    // ---- jobs/periods [--lock P] [--unlock P]

    @Test
    void givenALockedPeriod_whenUnlocked_thenItsReturnsAreRejectedWhileLockedAndAcceptedAfter() throws Exception {
        assertThat(ingest("1706246_jondor-tumani_2021_Q1.xlsx")).containsExactly("accepted");
        LocalDateTime before = LocalDateTime.now(TASHKENT).truncatedTo(ChronoUnit.MINUTES);

        String locked = run(periods, PeriodsCommand.Arguments.class, "--lock", "2021Q1");

        LocalDateTime after = LocalDateTime.now(TASHKENT);
        List<String> lines = locked.lines().toList();
        assertThat(lines.get(0)).isEqualTo("period\taccepted files\tlocked since (Tashkent)");
        Matcher q1 = Pattern.compile("2021Q1\t1\t(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)").matcher(locked);
        assertThat(q1.find()).as(locked).isTrue();
        LocalDateTime since = LocalDateTime.parse(q1.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        assertThat(since).as("locked since, Tashkent time").isBetween(before, after);
        assertThat(ingest("1706204_olot-tumani_2021_Q1.xlsx")).containsExactly("rejected");
        assertThat(jdbc.sql("select f.rule from validation_finding f join submission s on s.id = f.submission_id"
                + " where s.original_name = '1706204_olot-tumani_2021_Q1.xlsx'").query(String.class).list())
                .containsExactly("PeriodLocked");

        String unlocked = run(periods, PeriodsCommand.Arguments.class, "--unlock", "2021Q1");

        // the period is listed with its data, no longer locked
        assertThat(unlocked.lines()).contains("2021Q1\t1\t");
        assertThat(ingest("1706212_vobkent-tumani_2021_Q1.xlsx")).containsExactly("accepted");
        assertThat(run(periods, PeriodsCommand.Arguments.class).lines()).contains("2021Q1\t2\t");
    }

    // ---- jobs/consolidate [--year 2021] [--quarter 4]

    @Test
    void givenReturns_whenConsolidated_thenEveryChangedYearOnceThenNothingAndAQuarterOnwardAlone() throws Exception {
        assertThat(ingest("1706246_jondor-tumani_2021_Q1.xlsx", "1706204_olot-tumani_2021_Q1.xlsx",
                "1706246_jondor-tumani_2021_Q2.xlsx")).containsOnly("accepted");

        // without --year: every year that changed
        String first = run(consolidate, ConsolidateCommand.Arguments.class);

        Matcher done = Pattern.compile("^2021: COMPLETED, (\\d+) figures written \\(run (\\d+)\\)$", Pattern.MULTILINE)
                .matcher(first);
        assertThat(done.find()).as(first).isTrue();
        long run = Long.parseLong(done.group(2));
        assertThat(Long.parseLong(done.group(1))).isEqualTo(jdbc.sql("select count(*) from consolidated_value"
                + " where run_id = ?").param(run).query(Long.class).single()).isPositive();
        // Bukhara's Q1 visits are its two districts' (added up here from what they sent)
        BigDecimal sent = jdbc.sql("""
                select sum(v.value) from data_value v join submission s on s.id = v.submission_id
                join indicator i on i.id = v.indicator_id
                where s.period_code = '2021Q1' and i.code = '5.1' and v.measure_key = 'visits'""")
                .query(BigDecimal.class).single();
        assertThat(figure(1, "1706")).isEqualByComparingTo(sent);
        assertThat(run(consolidate, ConsolidateCommand.Arguments.class))
                .isEqualTo("Nothing changed since the last consolidation." + System.lineSeparator());

        // --year 2021 --quarter 2: quarters II-IV recomputed, quarter I left as it was
        String onward = run(consolidate, ConsolidateCommand.Arguments.class, "--year", "2021", "--quarter", "2");

        assertThat(onward).containsPattern("^2021: COMPLETED, \\d+ figures written \\(run \\d+\\)");
        assertThat(jdbc.sql("select distinct run_id from consolidated_value where year = 2021 and quarter = 1")
                .query(Long.class).list()).containsExactly(run);
        assertThat(jdbc.sql("select distinct run_id from consolidated_value where year = 2021 and quarter >= 2")
                .query(Long.class).list()).singleElement().isNotEqualTo(run);
    }

    private BigDecimal figure(int quarter, String territory) {
        return jdbc.sql("""
                select c.value from consolidated_value c join indicator i on i.id = c.indicator_id
                where c.year = 2021 and c.quarter = ? and c.span = 'quarter' and c.territory_code = ?
                  and i.code = '5.1' and c.measure_key = 'visits'""").params(quarter, territory)
                .query(BigDecimal.class).single();
    }

    // ---- jobs/samples --flawed

    @Test
    void givenFlawed_whenSamplesWritten_thenOneFilePerKnownProblemAndTheExpectedOutcomesAsShipped() throws Exception {
        List<String> lines = run(samples, SamplesCommand.Arguments.class, "--out", out.toString(), "--regions", "1706",
                "--years", "2021", "--quarters", "1", "--flat", "--flawed").lines().toList();

        Path flawed = out.resolve("flawed");
        List<String> expected = Files.readAllLines(flawed.resolve("EXPECTED.csv"));
        // the same seed gives the same set: the one shipped in sample-input/flawed/
        assertThat(expected).isEqualTo(Files.readAllLines(Path.of("sample-input/flawed/EXPECTED.csv")));
        List<String> files = lines.stream().filter(l -> l.startsWith(flawed.toString())).toList();
        assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(Path.of(f)).exists());
        // one row of EXPECTED.csv per file written, and each file named in it
        assertThat(expected.stream().filter(l -> !l.startsWith("#")).skip(1)).hasSize(files.size());
        for (String f : files) {
            String name = Path.of(f).getFileName().toString();
            assertThat(expected).as(name).anyMatch(l -> l.startsWith(name + ",") || l.contains("," + name + ","));
        }
        // and the good samples beside it: a plan and the Q1 returns of Bukhara's 13 units
        assertThat(lines.stream().filter(l -> !l.startsWith(flawed.toString()))).hasSize(26);
    }

    // ---- jobs/benchmark

    @Test
    void givenAFewReturns_whenBenchmarked_thenTheyAreIngestedAndTheTablesPrinted() throws Exception {
        String printed = run(benchmark, BenchmarkCommand.Arguments.class, "--returns", "4");

        assertThat(printed).contains("Ingest benchmark: " + Runtime.getRuntime().availableProcessors() + " cores",
                "| returns | accepted | values | ingest s | files/s |", "Against the floors measured in the same run",
                "combined floor: 1 / (1/read + 1/load)", "**ingest, 4 returns**");
        long values = jdbc.sql("select count(*) from data_value").query(Long.class).single();
        assertThat(printed).containsPattern("(?m)^\\| 4 \\| 4 \\| " + values + " \\|");
        assertThat(jdbc.sql("select count(*) from submission where status = 'accepted'").query(Long.class).single())
                .isEqualTo(4);
        // its scratch tables are its own: dropped again
        assertThat(jdbc.sql("select count(*) from pg_tables where tablename like 'benchmark%'").query(Long.class).single())
                .isZero();
    }
}
