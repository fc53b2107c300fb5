package uz.natlib.libstats.consolidation;

import java.util.List;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes a year's consolidation in one transaction: readers see the old figures or the new, never a mix. */
@Service
public class ConsolidationService {

    private static final Logger log = LoggerFactory.getLogger(ConsolidationService.class);

    private final ConsolidationRepository repository;
    private final ReturnDueProperties due;

    ConsolidationService(ConsolidationRepository repository, ReturnDueProperties due) {
        this.repository = repository;
        this.due = due;
    }

    public record Result(long runId, int year, int values, int completenessRows, int sources, long millis) {
    }

    /** The whole year: every quarter and its year to date. */
    @Transactional
    public Result consolidate(int year) {
        return consolidate(year, 1);
    }

    /**
     * A quarter and those after it (their year to date includes it): what must be recomputed when
     * the quarter's data changed. Quarter 4 alone is what a national quarter's reports need.
     */
    @Transactional
    public Result consolidate(int year, int fromQuarter) {
        long start = System.nanoTime();
        long run = repository.startRun(year);
        int sources = repository.recordSources(run, year);
        int values = 0;
        int completeness = 0;
        for (int quarter = fromQuarter; quarter <= 4; quarter++) {
            values += repository.consolidateValues(run, year, quarter);
            completeness += repository.consolidateCompleteness(run, year, quarter, due.dueDates(year).get(quarter - 1));
        }
        repository.finishRun(run);
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Consolidated {} from Q{}: {} figures from {} submissions, {} completeness rows in {} ms (run {})",
                year, fromQuarter, values, sources, completeness, millis, run);
        return new Result(run, year, values, completeness, sources, millis);
    }

    public List<Integer> consolidatedYears() {
        return repository.consolidatedYears();
    }

    public List<Integer> quartersWithData(int year) {
        return repository.quartersWithData(year);
    }

    public List<String> regionsWithData(int year) {
        return repository.regionsWithData(year);
    }

    /**
     * The years whose data changed since they were last consolidated, and the years after them
     * (their change against the previous year moved too).
     */
    public List<Integer> changedYears() {
        TreeSet<Integer> years = new TreeSet<>();
        for (int year : repository.yearsToConsolidate()) {
            years.add(year);
            years.add(year + 1);
        }
        return years.stream().filter(repository::hasSubmissions).toList();
    }
}
