package uz.natlib.libstats.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.reports.Formats;
import uz.natlib.libstats.cli.Scripts;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.ingest.FileTotals;
import uz.natlib.libstats.ingest.IngestCommand;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.vocabulary.Script;

/**
 * {@code jobs/run [DIR]}: the whole pipeline once. Ingest (DIR or the inbox), consolidate every
 * year that changed, render every report of those years' periods, print what happened.
 */
@Component
public class RunCommand implements CommandHandler<RunCommand.Arguments> {

    @Command(name = "run", description = """
            The main job: ingest, consolidate what changed, render its reports, print a summary.

            1. ingestJob over the inbox (DIR's returns are copied into it first);
            2. consolidateJob for every year whose accepted files changed since its last consolidation
               (and the year after it, whose change against the previous year moved);
            3. the reports of those years: for each quarter with data, the national and regional
               quarterly consolidations and completeness; for the year, the national annual report,
               the district profiles and completeness; for the regions that have data;
            4. a summary: files accepted, rejected, duplicate and left in the inbox (they add up to the
               files of the run), each rejected file's first reason and its feedback, the reports written
               counted by folder and type (each file with --verbose).
            All of it is one run of pipelineJob, whose parts are runs of ingestJob, consolidateJob and
            reportJob; a failed run is restarted by the next one with the same --script and --format
            and goes on where it failed.
            Exit status 0 when every step completed (rejected files are a normal outcome).
            """)
    public static final class Arguments {
        @Parameters(arity = "0..1", paramLabel = "DIR", converter = Converters.ExistingFolder.class,
                description = "a folder whose returns are copied into the inbox first")
        Path dir;

        @Option(names = "--script", paramLabel = "cyrl|latn|both", converter = Scripts.Converter.class,
                description = "cyrl, latn or both (also written cyrl,latn; default both)")
        Scripts scripts = Scripts.BOTH;

        @Option(names = "--format", paramLabel = "F[,F]", converter = Formats.Converter.class,
                description = "pdf, xlsx, csv (default all three)")
        Formats formats = Formats.ALL;

        @Option(names = {"-v", "--verbose"}, description = "list every report file written, not only their count")
        boolean verbose;
    }

    private final IngestRuns ingest;
    private final PipelineRuns pipeline;
    private final LibstatsProperties properties;

    RunCommand(IngestRuns ingest, PipelineRuns pipeline, LibstatsProperties properties) {
        this.ingest = ingest;
        this.pipeline = pipeline;
        this.properties = properties;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        long start = System.nanoTime();
        if (arguments.dir != null) {
            System.err.printf("Copied %d file(s) from %s into the inbox%n", ingest.copyIntoInbox(arguments.dir),
                    arguments.dir);
        } else {
            ingest.finishInterruptedCopy();
        }
        PipelineRuns.Result run = pipeline.run(arguments.scripts.set(), arguments.formats.set());
        RunSummary summary = new RunSummary(out, properties.home());
        out.println("== 1. Ingest");
        IngestCommand.printTable(out, run.files());
        summary.rejected(run.files());
        if (run.ingest().map(e -> e.getStatus() != BatchStatus.COMPLETED).orElse(true)) {
            out.println("ingestJob " + run.ingest().map(e -> e.getStatus().toString()).orElse("not run")
                    + ": stopping here; files left in the work folder are taken again by the next run");
            return 1;
        }
        out.println();
        out.println("== 2. Consolidation");
        if (run.changedYears().isEmpty()) {
            out.println("nothing changed since the last consolidation");
        }
        for (int year : run.changedYears()) {
            boolean done = run.yearsDone().stream().anyMatch(y -> y.year() == year);
            out.printf("%d: consolidateJob %s%n", year, done ? BatchStatus.COMPLETED
                    : run.consolidation().map(JobExecution::getStatus).orElse(BatchStatus.ABANDONED));
        }
        if (run.consolidation().map(e -> e.getStatus() != BatchStatus.COMPLETED).orElse(false)) {
            return 1;
        }
        out.println();
        out.println("== 3. Reports");
        summary.reports(run.reportFiles(), arguments.verbose);
        if (!run.completed()) {
            out.println("pipelineJob " + run.execution().getStatus() + ": " + run.execution().getAllFailureExceptions()
                    + "; run it again to go on where it stopped");
            return 1;
        }
        out.println();
        summary.totals(FileTotals.of(run.files()), run.yearsDone().size(), run.reportFiles().size(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
