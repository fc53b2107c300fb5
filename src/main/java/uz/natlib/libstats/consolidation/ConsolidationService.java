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

    @Transactional
    public Result consolidate(int year) {
        long start = System.nanoTime();
        long run = repository.startRun(year);
        int sources = repository.recordSources(run, year);
        int values = repository.consolidateValues(run, year);
        int completeness = repository.consolidateCompleteness(run, year, due.dueDates(year));
        repository.finishRun(run);
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Consolidated {}: {} figures from {} submissions, {} completeness rows in {} ms (run {})", year,
                values, sources, completeness, millis, run);
        return new Result(run, year, values, completeness, sources, millis);
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
