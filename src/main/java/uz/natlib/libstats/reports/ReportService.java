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

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;
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

    private final ConsolidatedFiguresRepository figures;
    private final TerritoryRepository territories;
    private final ReportUnitRenderer renderer;

    ReportService(ConsolidatedFiguresRepository figures, TerritoryRepository territories,
                  ReportUnitRenderer renderer) {
        this.figures = figures;
        this.territories = territories;
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
        Optional<ConsolidatedFiguresRepository.Run> run = figures.latestRun(year);
        if (run.isEmpty()) {
            throw new IllegalStateException(year + " has never been consolidated: run consolidateJob first");
        }
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

    /** Whether the year has a consolidation to report on. */
    public boolean isConsolidated(int year) {
        return figures.latestRun(year).isPresent();
    }

    /** The units of a period, largest first so that the two threads finish together. */
    List<ReportUnit> plan(int year, Integer quarter, Collection<String> regionCodes) {
        Territory nation = territories.find(Territory.NATION).orElseThrow();
        List<Territory> regions = territories.children(nation.code()).stream()
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
            for (Territory region : regions) {
                territories.children(region.code())
                        .forEach(d -> units.add(new ReportUnit(ReportType.DISTRICT_PROFILE, year, 4, d)));
            }
        }
        return units;
    }
}
