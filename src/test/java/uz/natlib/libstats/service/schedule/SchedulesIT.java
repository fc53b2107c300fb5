package uz.natlib.libstats.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service's schedules as they run unattended: Quartz's clustered JDBC store, instances of the
 * service as {@code jobs/serve} starts them (see {@link ServiceInstances}), nobody pressing a button.
 */
class SchedulesIT {

    private static final Path BUKHARA = Path.of("sample-input", "1706-buxoro-viloyati");
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    /** Small enough for CI, still the whole chain: one format, one script. */
    private static final String[] QUICK_REPORTS = {"libstats.schedule.formats=pdf", "libstats.schedule.scripts=latn"};

    @Test
    void theWholeChainRunsByItselfAndTheReportsAppear(@TempDir Path dir) throws Exception {
        try (ServiceInstances service = new ServiceInstances(dir.resolve("home"))) {
            service.start(with("libstats.schedule.inbox=0/2 * * * * ?", "libstats.schedule.nightly=0/20 * * * * ?"));
            List<Path> files = bukharaFiles("_2021_Q1.xlsx", 8);
            drop(files, service.home().resolve("inbox"));
            long started = System.nanoTime();

            JdbcClient jdbc = service.jdbc();
            await(Duration.ofMinutes(3), () -> count(jdbc, "select count(*) from submission where status = 'accepted'") == 8);
            long ingested = millisSince(started);
            await(Duration.ofMinutes(4), () -> count(jdbc, "select count(*) from report where period_code = '2021Q1'") > 0
                    && count(jdbc, "select count(*) from batch_job_execution e join batch_job_instance i"
                    + " on i.job_instance_id = e.job_instance_id where i.job_name = 'pipelineJob' and e.status = 'COMPLETED'") > 0);
            long reported = millisSince(started);

            List<Map<String, Object>> reports = jdbc.sql("select path, format, script from report where period_code = '2021Q1'")
                    .query().listOfRows();
            assertThat(reports).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("format")).isEqualTo("pdf");
                assertThat(r.get("script")).isEqualTo("latn");
                assertThat(service.home().resolve((String) r.get("path"))).isRegularFile();
            });
            assertThat(count(jdbc, "select count(*) from consolidation_run where year = 2021 and finished_at is not null"))
                    .isPositive();
            System.out.printf("Scheduled chain: 8 files accepted %d ms after the drop; %d report files %d ms after it%n",
                    ingested, reports.size(), reported);
        }
    }

    @Test
    void twoInstancesLoadEveryFileOnceAndRunTheNightlyChainOnce(@TempDir Path dir) throws Exception {
        try (ServiceInstances service = new ServiceInstances(dir.resolve("home"))) {
            // The nightly chain's slot: once, half a minute from now, in Tashkent time.
            ZonedDateTime slot = ZonedDateTime.now(TASHKENT).plusSeconds(40).withNano(0);
            String nightly = "libstats.schedule.nightly=" + slot.format(DateTimeFormatter.ofPattern("s m H")) + " * * ?";
            ConfigurableApplicationContext first = service.start(with("libstats.schedule.inbox=0/2 * * * * ?", nightly));
            ConfigurableApplicationContext second = service.start(with("libstats.schedule.inbox=0/2 * * * * ?", nightly));

            List<Path> files = bukharaFiles(".xlsx", 50);
            Path inbox = service.home().resolve("inbox");
            for (int burst = 0; burst < 5; burst++) {
                drop(files.subList(burst * 10, burst * 10 + 10), inbox);
                Thread.sleep(1500);
            }
            JdbcClient jdbc = service.jdbc();
            await(Duration.ofMinutes(4), () -> count(jdbc, "select count(*) from submission") >= 50
                    && isEmpty(inbox) && isEmpty(service.home().resolve("work")));
            // Past the slot, and the chain it fired finished.
            await(Duration.ofMinutes(4), () -> ZonedDateTime.now(TASHKENT).isAfter(slot.plusSeconds(5))
                    && count(jdbc, pipelineRuns("")) > 0 && count(jdbc, pipelineRuns("and e.end_time is null")) == 0);
            Thread.sleep(3000);

            assertThat(count(jdbc, "select count(*) from submission")).isEqualTo(50);
            assertThat(count(jdbc, "select count(*) from submission where status = 'accepted'")).isEqualTo(50);
            List<String> stored = jdbc.sql("select sha256 from submission order by 1").query(String.class).list();
            assertThat(stored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sha256Of(files));
            try (Stream<Path> archived = Files.walk(service.home().resolve("archive"))) {
                assertThat(archived.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".xlsx"))
                        .filter(p -> !p.getFileName().toString().contains(".feedback."))).hasSize(50);
            }
            assertThat(count(jdbc, pipelineRuns(""))).as("nightly chains run").isEqualTo(1);
            assertThat(count(jdbc, pipelineRuns("and e.status = 'COMPLETED'"))).isEqualTo(1);
            System.out.printf("Two instances: ingest runs %s and %s; nightly chains %s and %s%n",
                    runs(first, "ingest"), runs(second, "ingest"), runs(first, "nightly"), runs(second, "nightly"));
        }
    }

    @Test
    void aNightlyRunMissedWhileTheServiceWasDownRunsOnceAtStartUp(@TempDir Path dir) throws Exception {
        try (ServiceInstances service = new ServiceInstances(dir.resolve("home"))) {
            String nightly = "libstats.schedule.nightly=0 0 2 * * ?";
            ConfigurableApplicationContext before = service.start(with(nightly));
            before.close();
            JdbcClient jdbc = service.jdbc();
            // As if every instance had been down for the last three nights.
            long threeDaysAgo = System.currentTimeMillis() - Duration.ofDays(3).toMillis();
            assertThat(jdbc.sql("update qrtz_triggers set next_fire_time = ? where trigger_name = 'nightly-schedule'")
                    .param(threeDaysAgo).update()).isEqualTo(1);

            service.start(with(nightly));
            await(Duration.ofMinutes(2), () -> count(jdbc, pipelineRuns("and e.end_time is not null")) > 0);
            Thread.sleep(8000);

            assertThat(count(jdbc, pipelineRuns(""))).as("missed nightly chains run at start-up").isEqualTo(1);
            long next = jdbc.sql("select next_fire_time from qrtz_triggers where trigger_name = 'nightly-schedule'")
                    .query(Long.class).single();
            ZonedDateTime nextRun = java.time.Instant.ofEpochMilli(next).atZone(TASHKENT);
            assertThat(nextRun).isAfter(ZonedDateTime.now(TASHKENT));
            assertThat(nextRun.getHour()).isEqualTo(2);
        }
    }

    private static String[] with(String... settings) {
        List<String> all = new ArrayList<>(List.of(QUICK_REPORTS));
        all.add("spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000");
        all.addAll(List.of(settings));
        return all.toArray(String[]::new);
    }

    private static String pipelineRuns(String condition) {
        return "select count(*) from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id"
                + " where i.job_name = 'pipelineJob' " + condition;
    }

    private static String runs(ConfigurableApplicationContext instance, String job) {
        return instance.getBean(MeterRegistry.class).find("libstats.service.job").tag("job", job).timers().stream()
                .filter(t -> !"skipped".equals(t.getId().getTag("outcome")))
                .mapToLong(Timer::count).sum() + "";
    }

    private static List<Path> bukharaFiles(String ending, int count) throws IOException {
        try (Stream<Path> files = Files.list(BUKHARA)) {
            List<Path> chosen = files.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().limit(count).toList();
            assertThat(chosen).hasSize(count);
            return chosen;
        }
    }

    /** As a careful sender drops a file: written under a hidden name, then renamed in one step. */
    private static void drop(List<Path> files, Path inbox) throws IOException {
        Files.createDirectories(inbox);
        for (Path file : files) {
            Path hidden = inbox.resolve("." + file.getFileName() + ".copying");
            Files.copy(file, hidden, StandardCopyOption.REPLACE_EXISTING);
            Files.move(hidden, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static List<String> sha256Of(List<Path> files) throws Exception {
        List<String> sums = new ArrayList<>();
        for (Path file : files) {
            sums.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
        return sums;
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
