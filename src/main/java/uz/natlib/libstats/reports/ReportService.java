package uz.natlib.libstats.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import uz.natlib.libstats.consolidation.ConsolidatedFigures;
import uz.natlib.libstats.consolidation.ConsolidatedFigures.Place;
import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The reports of a period. With a quarter: each region's quarterly consolidation, the nation's,
 * and completeness. Without: the national annual report, the district profiles of the regions
 * and completeness of quarter IV. Units are rendered two at a time (the machines have two cores).
 */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    static final int THREADS = 2;

    private final ConsolidatedFigures figures;
    private final ConsolidationService consolidation;
    private final ReportUnitRenderer renderer;

    ReportService(ConsolidatedFigures figures, ConsolidationService consolidation, ReportUnitRenderer renderer) {
        this.figures = figures;
        this.consolidation = consolidation;
        this.renderer = renderer;
    }

    /**
     * Renders and archives the reports of a year or of one of its quarters.
     *
     * @param quarter 1-4, or null for the year's reports
     * @param regions region codes; empty for all regions
     * @return the files written, in the order they were planned
     */
    public List<ReportFile> renderPeriod(int year, Integer quarter, Collection<String> regions, Set<Script> scripts,
                                         Set<ReportFormat> formats) throws Exception {
        long start = System.nanoTime();
        ensureConsolidated(year);
        Optional<ConsolidatedFigures.Run> run = figures.latestRun(year);
        List<ReportUnit> units = plan(year, quarter, regions);
        List<ReportFile> files = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "report-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<ReportFile>>> results = new ArrayList<>();
            for (ReportUnit unit : units) {
                results.add(pool.submit(() -> renderer.render(unit, run, scripts, formats)));
            }
            for (Future<List<ReportFile>> result : results) {
                files.addAll(result.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
        log.info("Rendered {} report(s), {} file(s) for {}{} in {} ms", units.size(), files.size(), year,
                quarter == null ? "" : "Q" + quarter, (System.nanoTime() - start) / 1_000_000);
        return files;
    }

    /** Consolidates the year first if it never was: a report of no run would be empty. */
    public void ensureConsolidated(int year) {
        if (figures.latestRun(year).isEmpty()) {
            log.info("{} has no consolidation yet: consolidating first", year);
            consolidation.consolidate(year);
        }
    }

    /** The units of a period, largest first so that the two threads finish together. */
    List<ReportUnit> plan(int year, Integer quarter, Collection<String> regionCodes) {
        Place nation = figures.place(ConsolidatedFigures.NATION).orElseThrow();
        List<Place> regions = figures.children(nation.code()).stream()
                .filter(r -> regionCodes.isEmpty() || regionCodes.contains(r.code())).toList();
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("no region " + regionCodes);
        }
        List<ReportUnit> units = new ArrayList<>();
        if (quarter != null) {
            units.add(new ReportUnit(ReportType.NATION_QUARTER, year, quarter, nation));
            regions.forEach(r -> units.add(new ReportUnit(ReportType.REGION_QUARTER, year, quarter, r)));
            units.add(new ReportUnit(ReportType.COMPLETENESS, year, quarter, nation));
        } else {
            units.add(new ReportUnit(ReportType.NATION_YEAR, year, 4, nation));
            units.add(new ReportUnit(ReportType.COMPLETENESS, year, 4, nation));
            for (Place region : regions) {
                figures.children(region.code())
                        .forEach(d -> units.add(new ReportUnit(ReportType.DISTRICT_PROFILE, year, 4, d)));
            }
        }
        return units;
    }
}
