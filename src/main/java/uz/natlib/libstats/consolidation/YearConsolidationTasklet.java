package uz.natlib.libstats.consolidation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Consolidates the next year not yet done, one year per call and so per transaction; the years
 * done and their consolidation runs are kept in the step's execution context, committed with
 * the year, which is how a restart knows where to go on and how the command learns the runs.
 */
class YearConsolidationTasklet implements Tasklet {

    /** Execution-context key: "year:run:figures" for each year done, comma-separated. */
    static final String RUNS = "runs";

    private final ConsolidationService consolidation;
    private final List<Integer> years;
    private final int fromQuarter;

    YearConsolidationTasklet(ConsolidationService consolidation, List<Integer> years, int fromQuarter) {
        this.consolidation = consolidation;
        this.years = years;
        this.fromQuarter = fromQuarter;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        List<String> done = new ArrayList<>(List.of(context.getString(RUNS, "").split(",")));
        done.removeIf(String::isEmpty);
        Integer next = years.stream().filter(y -> done.stream().noneMatch(d -> d.startsWith(y + ":")))
                .findFirst().orElse(null);
        if (next == null) {
            return RepeatStatus.FINISHED;
        }
        ConsolidationService.Result result = consolidation.consolidate(next, fromQuarter);
        contribution.incrementWriteCount(result.values());
        done.add(next + ":" + result.runId() + ":" + result.values());
        context.putString(RUNS, String.join(",", done));
        return done.size() < years.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }
}
