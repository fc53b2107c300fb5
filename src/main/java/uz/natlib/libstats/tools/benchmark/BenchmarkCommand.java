package uz.natlib.libstats.tools.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.ingest.IngestMetrics;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.tools.samples.ReturnSet;
import uz.natlib.libstats.vocabulary.SubmissionStatus;

/**
 * {@code jobs/benchmark}: generates N returns, ingests them and reports throughput, time per
 * stage and peak heap. Meant for a throw-away data folder (the script makes one).
 */
@Component
public class BenchmarkCommand implements CommandHandler<BenchmarkCommand.Arguments> {

    @Command(name = "benchmark", description = """
            Measure ingest speed and memory on generated returns (use a throw-away data folder).

            For each N: generates N quarterly returns (every district of the country, 2021 Q1-Q4,
            then corrected resubmissions), drops them into the inbox, runs ingestJob and prints
            files/s, values/s, the time per stage (summed over the checking threads) and the peak
            heap. The warehouse's submissions are emptied between sizes. jobs/benchmark runs it
            with -Xmx256m in a fresh temporary data folder unless LIBSTATS_HOME is set.

            In the same run it measures the floors no pipeline can beat: unzipping and scanning
            the same files' worksheets (one thread per core) and one COPY of the rows the ingest
            stored into an unlogged table; it ends with a table of the ingest as a share of them
            (and, with --national-quarter, consolidation against one GROUP BY of its figures).
            """)
    public static final class Arguments {
        @Option(names = "--returns", paramLabel = "N[,N...]", split = ",", converter = Converters.NonNegative.class,
                description = "numbers of returns, default 200,2000,10000")
        List<Integer> returns = List.of(200, 2000, 10000);

        @Option(names = "--seed", paramLabel = "SEED", converter = Converters.NonNegative.class,
                description = "seed of the generated figures, default 42")
        int seed = 42;

        @Option(names = "--readme", paramLabel = "FILE", description = "also write the tables into FILE (README.md)"
                + " between its <!-- benchmark:ingest:begin/end --> (or national-quarter) markers")
        Path readme;

        @Option(names = "--national-quarter", description = "instead: time consolidation and every report of a"
                + " national quarter, then again with 20 years of history")
        boolean nationalQuarter;
    }

    private final IngestRuns ingest;
    private final IngestMetrics metrics;
    private final InboxFolders folders;
    private final BenchmarkRepository warehouse;

    private final NationalQuarterBenchmark nationalQuarter;

    BenchmarkCommand(IngestRuns ingest, IngestMetrics metrics, InboxFolders folders,
                     BenchmarkRepository warehouse, NationalQuarterBenchmark nationalQuarter) {
        this.nationalQuarter = nationalQuarter;
        this.ingest = ingest;
        this.metrics = metrics;
        this.folders = folders;
        this.warehouse = warehouse;
    }

    record Result(int n, long accepted, long values, double generateSeconds, double ingestSeconds,
                  IngestMetrics.Snapshot stages, long peakHeap, long peakLive, FloorTable.Ingest floors,
                  Map<String, Double> cpu) {
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        if (arguments.readme == null) {
            return measure(arguments, out);
        }
        if (!Files.isRegularFile(arguments.readme)) {
            throw new uz.natlib.libstats.cli.UsageException("no such file: " + arguments.readme);
        }
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        int status;
        // The tables are printed at the end of the run anyway: kept, then printed and written.
        try (PrintStream kept = new PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8)) {
            status = measure(arguments, kept);
        }
        out.print(printed.toString(java.nio.charset.StandardCharsets.UTF_8));
        String section = arguments.nationalQuarter ? "national-quarter" : "ingest";
        String command = "jobs/benchmark " + (arguments.nationalQuarter ? "--national-quarter"
                : "--returns " + String.join(",", arguments.returns.stream().map(String::valueOf).toList()));
        ReadmeSection.replaceIn(arguments.readme, section, "`" + command + "`, "
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tashkent")) + ":\n\n"
                + printed.toString(java.nio.charset.StandardCharsets.UTF_8));
        System.err.println("Wrote the tables into " + arguments.readme + " (section " + section + ")");
        return status;
    }

    private int measure(Arguments arguments, PrintStream out) throws Exception {
        List<Integer> sizes = arguments.returns;
        long seed = arguments.seed;
        if (arguments.nationalQuarter) {
            warehouse.emptyWarehouse();
            nationalQuarter.run(out, seed, 20);
            return 0;
        }
        List<Result> results = new ArrayList<>();
        for (int n : sizes) {
            warehouse.emptyWarehouse();
            Path inbox = folders.inbox().resolve("benchmark-" + n);
            long t0 = System.nanoTime();
            ReturnSet.write(inbox, n, seed + n);
            double generate = (System.nanoTime() - t0) / 1e9;
            // Before the ingest moves them away; they were just written, so both find them in the page cache.
            FloorTable.Read read = readFloor(List.of(inbox));
            HeapWatch.reset();
            metrics.reset();
            CpuWatch cpu = CpuWatch.start();
            long t1 = System.nanoTime();
            var ingested = ingest.runOnce();
            double seconds = (System.nanoTime() - t1) / 1e9;
            Map<String, Double> cpuSeconds = cpu.stop();
            long accepted = ingested.outcomes().stream().filter(o -> o.is(SubmissionStatus.ACCEPTED)).count();
            long peakHeap = HeapWatch.peakBytes();
            long peakLive = HeapWatch.peakLiveBytes();
            FloorTable.Ingest floors = new FloorTable.Ingest("ingest, " + FloorTable.grouped(n) + " returns", n, seconds, read,
                    warehouse.loadFloor());
            Result result = new Result(n, accepted, metrics.snapshot().values(), generate, seconds, metrics.snapshot(),
                    peakHeap, peakLive, floors, cpuSeconds);
            results.add(result);
            System.err.printf("N=%d: %.1f files/s, %.0f values/s, live heap after GC at most %d MB%n", n, n / seconds,
                    result.values() / seconds, result.peakLive() >> 20);
        }
        print(out, results);
        FloorTable floors = new FloorTable();
        results.forEach(r -> floors.ingest(r.floors()));
        out.println();
        out.println("Against the floors measured in the same run on the same files:");
        out.println();
        out.print(floors.markdown());
        return 0;
    }

    /** Unzips and scans every workbook in the folders, one thread per core, after a warm-up. */
    static FloorTable.Read readFloor(List<Path> folders) throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().forEach(files::add);
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        // Untimed first: a cold byte loop ran at a third of its speed over 200 files, which made the floor too easy.
        ReadFloor.measure(files.subList(0, Math.min(200, files.size())), threads);
        ReadFloor.Scan scan = ReadFloor.measure(files, threads);
        return new FloorTable.Read(scan.files(), scan.parts(), threads, scan.seconds());
    }

    private static void print(PrintStream out, List<Result> results) {
        out.printf("Ingest benchmark: %d cores, max heap %d MB%n%n", Runtime.getRuntime().availableProcessors(),
                HeapWatch.maxBytes() >> 20);
        out.println("| returns | accepted | values | ingest s | files/s | values/s | read ms/file | normalise ms/file "
                + "| validate ms/file | load ms/file | live heap after GC, max MB | heap pools' peaks, summed MB | generate s |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            IngestMetrics.Snapshot s = r.stages();
            double files = Math.max(1, s.files());
            out.printf("| %d | %d | %d | %.1f | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %d | %d | %.1f |%n", r.n(),
                    r.accepted(), r.values(), r.ingestSeconds(), r.n() / r.ingestSeconds(), r.values() / r.ingestSeconds(),
                    1000 * s.readSeconds() / files, 1000 * s.normaliseSeconds() / files,
                    1000 * s.validateSeconds() / files, 1000 * s.loadSeconds() / files, r.peakLive() >> 20,
                    r.peakHeap() >> 20, r.generateSeconds());
        }
        out.println();
        out.println("Processor time during the ingest, in seconds (2 cores give twice the wall time):");
        out.println();
        out.println("| returns | wall s | " + String.join(" | ", results.get(0).cpu().keySet()) + " |");
        out.println("|---:|---:|" + "---:|".repeat(results.get(0).cpu().size()));
        for (Result r : results) {
            StringBuilder row = new StringBuilder("| " + r.n() + " | " + String.format("%.1f", r.ingestSeconds()) + " |");
            r.cpu().values().forEach(v -> row.append(String.format(" %.1f |", v)));
            out.println(row);
        }
        out.println();
        out.println("Read, normalise and the rules that need only the file run on one thread per core while the"
                + " writer stores the files before them, one at a time (load: the file's transaction, COPY, the feedback"
                + " of a rejected file and moving the file); then the history review judges the accepted files against"
                + " their districts' earlier quarters and writes their feedback (in the ingest time, not in a stage)."
                + " Stage times are summed over threads, so they overlap in wall time.");
    }
}
