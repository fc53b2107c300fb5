package uz.natlib.libstats.pipeline;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.CommandSpec;
import uz.natlib.libstats.cli.Invocation;
import uz.natlib.libstats.cli.OptionSpec;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.consolidation.ConsolidateCommand;
import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.ingest.FileOutcome;
import uz.natlib.libstats.ingest.IngestCommand;
import uz.natlib.libstats.ingest.IngestRun;
import uz.natlib.libstats.reports.ReportFile;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.ReportService;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.SubmissionStatus;

/**
 * {@code jobs/run [DIR]}: the whole pipeline once. Ingest (DIR or the inbox), consolidate every
 * year that changed, render every report of those years' periods, print what happened.
 */
@Component
public class RunCommand implements CommandHandler {

    public static final CommandSpec SPEC = new CommandSpec("run",
            "The main job: ingest, consolidate what changed, render its reports, print a summary.",
            """
            1. ingestJob over the inbox (DIR's returns are copied into it first);
            2. consolidateJob for every year whose accepted files changed since its last consolidation
               (and the year after it, whose change against the previous year moved);
            3. the reports of those years: for each quarter with data, the national and regional
               quarterly consolidations and completeness; for the year, the national annual report,
               the district profiles and completeness; for the regions that have data;
            4. a summary: files loaded and rejected, reports written with their paths.
            Exit status 0 when every step completed (rejected files are a normal outcome).
            """,
            List.of(OptionSpec.value("script", "S", "cyrl, latn or both (default both)",
                            OptionSpec.oneOf("cyrl", "latn", "both")),
                    OptionSpec.value("format", "F[,F]", "pdf, xlsx, csv (default all three)",
                            OptionSpec.matching("(pdf|xlsx|csv)(,(pdf|xlsx|csv))*", "a list of pdf, xlsx, csv"))),
            "DIR");

    private final IngestCommand ingest;
    private final IngestRun ingestRun;
    private final ConsolidationService consolidation;
    private final ConsolidateCommand consolidate;
    private final ReportService reports;
    private final LibstatsProperties properties;

    RunCommand(IngestCommand ingest, IngestRun ingestRun, ConsolidationService consolidation,
               ConsolidateCommand consolidate, ReportService reports, LibstatsProperties properties) {
        this.ingest = ingest;
        this.ingestRun = ingestRun;
        this.consolidation = consolidation;
        this.consolidate = consolidate;
        this.reports = reports;
        this.properties = properties;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        long start = System.nanoTime();
        Set<Script> scripts = scripts(invocation.option("script").orElse("both"));
        Set<ReportFormat> formats = ReportFormat.parse(invocation.option("format").orElse("pdf,xlsx,csv"));
        if (invocation.positional().isPresent()) {
            Path dir = Path.of(invocation.positional().get());
            if (!Files.isDirectory(dir)) {
                throw new UsageException("no such folder: " + dir);
            }
            System.err.printf("Copied %d file(s) from %s into the inbox%n", ingest.copyIntoInbox(dir), dir);
        }
        out.println("== 1. Ingest");
        JobExecution ingested = ingest.runOnce();
        List<FileOutcome> outcomes = ingestRun.outcomes();
        IngestCommand.printTable(out, outcomes);
        if (ingested.getStatus() != BatchStatus.COMPLETED) {
            out.println("ingestJob " + ingested.getStatus() + ": stopping here; files left in the work folder are"
                    + " taken again by the next run");
            return 1;
        }
        out.println();
        out.println("== 2. Consolidation");
        List<Integer> years = consolidation.changedYears();
        if (years.isEmpty()) {
            out.println("nothing changed since the last consolidation");
        }
        for (int year : years) {
            JobExecution run = consolidate.runFor(year);
            out.printf("%d: consolidateJob %s%n", year, run.getStatus());
            if (run.getStatus() != BatchStatus.COMPLETED) {
                return 1;
            }
        }
        out.println();
        out.println("== 3. Reports");
        List<ReportFile> written = new ArrayList<>();
        for (int year : years) {
            List<String> regions = consolidation.regionsWithData(year);
            if (regions.isEmpty()) {
                continue;
            }
            for (int quarter : consolidation.quartersWithData(year)) {
                written.addAll(reports.renderPeriod(year, quarter, regions, scripts, formats));
            }
            written.addAll(reports.renderPeriod(year, null, regions, scripts, formats));
        }
        for (ReportFile file : written) {
            out.printf("%-18s %-8s %-10s %-4s %-7s %s%n", file.type(), file.periodCode(), file.territoryCode(),
                    file.script(), file.format(), properties.home().relativize(file.path()));
        }
        out.println();
        long accepted = outcomes.stream().filter(o -> o.is(SubmissionStatus.ACCEPTED)).count();
        long rejected = outcomes.stream().filter(o -> o.is(SubmissionStatus.REJECTED)).count();
        out.printf("Summary: %d file(s) loaded, %d rejected, %d other; %d year(s) consolidated; %d report file(s)"
                        + " written under %s; %.1f s%n", accepted, rejected, outcomes.size() - accepted - rejected,
                years.size(), written.size(), properties.home().resolve("reports"), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static Set<Script> scripts(String option) {
        return switch (option) {
            case "cyrl" -> EnumSet.of(Script.CYRL);
            case "latn" -> EnumSet.of(Script.LATN);
            default -> EnumSet.allOf(Script.class);
        };
    }
}
