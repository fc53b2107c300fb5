package uz.natlib.libstats.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.Script;

/**
 * Renders the next period not yet done, one period per call. The periods done and the files
 * written are kept in the step's execution context, saved after each period: a restart goes on
 * with the next period, and the command prints the files from there.
 */
class PeriodReportsTasklet implements Tasklet {

    /** Execution-context key: the periods done, comma-separated. */
    static final String DONE = "periodsDone";
    /** Execution-context key: one line per file written, see {@link WrittenFile}. */
    static final String FILES = "files";

    private final ReportService reports;
    private final List<Period> periods;
    private final List<String> regions;
    private final Set<Script> scripts;
    private final Set<ReportFormat> formats;
    private boolean leftoversRemoved;

    private final ReportArchive archive;

    PeriodReportsTasklet(ReportService reports, ReportArchive archive, List<Period> periods, List<String> regions,
                         Set<Script> scripts, Set<ReportFormat> formats) {
        this.reports = reports;
        this.archive = archive;
        this.periods = periods;
        this.regions = regions;
        this.scripts = scripts;
        this.formats = formats;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!leftoversRemoved) {
            archive.removeLeftovers();
            leftoversRemoved = true;
        }
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        List<String> done = ReportRequest.list(context.getString(DONE, ""));
        Period next = periods.stream().filter(p -> !done.contains(p.code())).findFirst().orElse(null);
        if (next == null) {
            return RepeatStatus.FINISHED;
        }
        List<ReportFile> files = reports.renderPeriod(next.year(), next.quarter(), regions, scripts, formats);
        ArrayList<String> written = new ArrayList<>(WrittenFile.lines(context.get(FILES)));
        files.forEach(f -> written.add(WrittenFile.of(f).line()));
        context.put(FILES, written);
        List<String> nowDone = new ArrayList<>(done);
        nowDone.add(next.code());
        context.putString(DONE, String.join(",", nowDone));
        contribution.incrementWriteCount(files.size());
        return nowDone.size() < periods.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }
}
