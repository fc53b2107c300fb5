package uz.natlib.libstats.tools.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.reports.ReportFile;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.ReportService;
import uz.natlib.libstats.tools.samples.ReturnSet;
import uz.natlib.libstats.vocabulary.Script;

/**
 * A national quarter: every district's 2021 returns and plan, then consolidation of quarter IV
 * plus every report of that quarter, timed; then the same consolidation with 20 more years of
 * history in the warehouse, to see that it does not grow with the history.
 */
@Component
class NationalQuarterBenchmark {

    private final IngestRuns ingest;
    private final InboxFolders folders;
    private final ConsolidationService consolidation;
    private final ReportService reports;
    private final BenchmarkRepository history;

    NationalQuarterBenchmark(IngestRuns ingest, InboxFolders folders, ConsolidationService consolidation,
                             ReportService reports, BenchmarkRepository history) {
        this.ingest = ingest;
        this.folders = folders;
        this.consolidation = consolidation;
        this.reports = reports;
        this.history = history;
    }

    void run(PrintStream out, long seed, int historyYears) throws Exception {
        List<Path> inboxes = List.of(folders.inbox().resolve("national"), folders.inbox().resolve("national-plans"));
        ReturnSet.write(inboxes.get(0), 820, seed);
        ReturnSet.writePlans(inboxes.get(1), seed);
        FloorTable.Read read = BenchmarkCommand.readFloor(inboxes);
        long t0 = System.nanoTime();
        ingest.runOnce();
        double ingestSeconds = seconds(t0);
        FloorTable.Load load = history.loadFloor();
        // The reports' designs compile and warm up on start-up; the clock starts after that.
        consolidation.consolidate(2021);
        reports.renderPeriod(2021, 4, List.of("1706"), EnumSet.of(Script.CYRL), EnumSet.of(ReportFormat.PDF));

        long t1 = System.nanoTime();
        ConsolidationService.Result consolidated = consolidation.consolidate(2021, 4);
        double consolidateSeconds = seconds(t1);
        BenchmarkRepository.GroupBy groupBy = history.consolidationFloor(2021, 4);
        long t2 = System.nanoTime();
        List<ReportFile> files = reports.renderPeriod(2021, 4, List.of(), EnumSet.of(Script.CYRL),
                EnumSet.allOf(ReportFormat.class));
        double reportSeconds = seconds(t2);

        // A previous year adds real work (the change against it); the years before it must add none.
        history.copyBackwards(2021, 1, 1);
        long t3 = System.nanoTime();
        consolidation.consolidate(2021, 4);
        double withPreviousYear = seconds(t3);
        int copied = history.copyBackwards(2021, 2, historyYears);
        long t4 = System.nanoTime();
        ConsolidationService.Result withHistory = consolidation.consolidate(2021, 4);
        double consolidateWithHistory = seconds(t4);

        out.println("National quarter benchmark (2021 Q4, every district, after start-up):");
        out.println();
        out.println("| step | seconds | what |");
        out.println("|---|---:|---|");
        out.printf("| ingest 820 returns + 205 plans | %.1f | not part of the 5 s target |%n", ingestSeconds);
        out.printf("| consolidate Q4 | %.2f | %d figures from %d submissions |%n", consolidateSeconds,
                consolidated.values(), consolidated.sources());
        out.printf("| every report of Q4 | %.2f | %d files (nation, 14 regions, completeness; PDF, XLSX, CSV,"
                + " SDMX-CSV; Cyrillic) |%n", reportSeconds, files.size());
        out.printf("| **consolidation + reports** | **%.2f** | target ≤ 5 s |%n", consolidateSeconds + reportSeconds);
        out.printf("| consolidate Q4 with 2020 in the warehouse | %.2f | the change against the previous year is computed too |%n",
                withPreviousYear);
        out.printf("| consolidate Q4 with 2001-2020 in the warehouse | %.2f | %d figures; %d more figures in the history (%d years) |%n",
                consolidateWithHistory, withHistory.values(), copied, historyYears);

        FloorTable floors = new FloorTable()
                .ingest(new FloorTable.Ingest("ingest, 820 returns + 205 plans", read.files(), ingestSeconds, read, load))
                .consolidation(new FloorTable.Consolidation("consolidate 2021 Q4", consolidateSeconds, groupBy.rows(),
                        groupBy.seconds()));
        out.println();
        out.println("Against the floors measured in the same run on the same files and figures:");
        out.println();
        out.print(floors.markdown());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
