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
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The reports of a period. With a quarter: each region's quarterly consolidation, the nation's,
 * and completeness. Without: the national annual report, the district profiles of the regions
 * and completeness of quarter IV. Only territories with data are reported on: a region none of
 * whose districts has an accepted return for the quarter gets no report, and a district without
 * an accepted return or plan for the year gets no profile; a period without any is refused.
 * Units are rendered two at a time (the machines have two cores).
 */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    static final int THREADS = 2;

    private final ConsolidatedFiguresRepository figures;
    private final TerritoryRepository territories;
    private final ReportUnitRenderer renderer;
    private final ReportedDistrictsRepository reported;

    ReportService(ConsolidatedFiguresRepository figures, TerritoryRepository territories,
                  ReportUnitRenderer renderer, ReportedDistrictsRepository reported) {
        this.figures = figures;
        this.territories = territories;
        this.renderer = renderer;
        this.reported = reported;
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

    /**
     * Why a period cannot be reported on, if it cannot: no accepted data for it at all (returns for
     * a quarter; returns or plans for a year), or none from the districts of the regions asked for.
     *
     * @param quarter 1-4, or null for the year
     * @param regionCodes region codes; empty for all regions
     */
    public Optional<Message> nothingToReport(int year, Integer quarter, Collection<String> regionCodes) {
        return nothingToReport(year, quarter, regionCodes, reported.withAcceptedData(year, quarter));
    }

    private Optional<Message> nothingToReport(int year, Integer quarter, Collection<String> regionCodes,
                                              Set<String> districts) {
        String cyrl = quarter == null ? year + " йил учун қабул қилинган ҳисобот ёки режа йўқ"
                : year + " йил " + Texts.quarter(quarter) + " чорак учун қабул қилинган ҳисобот йўқ";
        String en = quarter == null ? "no accepted return or plan for " + year
                : "no accepted return for " + year + " Q" + quarter;
        if (districts.isEmpty()) {
            return Optional.of(Message.of(cyrl + ": ҳеч нарса тузилмади.", en + ": no reports made."));
        }
        if (regionCodes.isEmpty()) {
            return Optional.empty();
        }
        List<Territory> regions = regions(regionCodes);
        if (regions.stream().anyMatch(r -> hasData(r, districts))) {
            return Optional.empty();
        }
        String names = regions.stream().map(r -> r.nameCyrl() + " (" + r.code() + ")").reduce((a, b) -> a + ", " + b)
                .orElse(String.valueOf(regionCodes));
        String namesEn = regions.stream().map(r -> r.nameLatn() + " (" + r.code() + ")").reduce((a, b) -> a + ", " + b)
                .orElse(String.valueOf(regionCodes));
        return Optional.of(Message.of(names + " туманларидан " + cyrl + ": ҳеч нарса тузилмади.",
                en + " from the districts of " + namesEn + ": no reports made."));
    }

    private List<Territory> regions(Collection<String> regionCodes) {
        return territories.children(Territory.NATION).stream()
                .filter(r -> regionCodes.isEmpty() || regionCodes.contains(r.code())).toList();
    }

    private boolean hasData(Territory region, Set<String> districts) {
        return territories.children(region.code()).stream().anyMatch(d -> districts.contains(d.code()));
    }

    /**
     * The units of a period, largest first so that the two threads finish together: only the
     * regions and districts with data for it.
     */
    List<ReportUnit> plan(int year, Integer quarter, Collection<String> regionCodes) {
        Territory nation = territories.find(Territory.NATION).orElseThrow();
        List<Territory> regions = regions(regionCodes);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("no region " + regionCodes);
        }
        Set<String> districts = reported.withAcceptedData(year, quarter);
        nothingToReport(year, quarter, regionCodes, districts).ifPresent(m -> {
            throw new IllegalArgumentException(m.cyrl() + "\n" + m.latn() + "\n" + m.en());
        });
        regions = regions.stream().filter(r -> hasData(r, districts)).toList();
        List<ReportUnit> units = new ArrayList<>();
        if (quarter != null) {
            units.add(new ReportUnit(ReportType.NATION_QUARTER, year, quarter, nation));
            regions.forEach(r -> units.add(new ReportUnit(ReportType.REGION_QUARTER, year, quarter, r)));
            units.add(new ReportUnit(ReportType.COMPLETENESS, year, quarter, nation));
        } else {
            units.add(new ReportUnit(ReportType.NATION_YEAR, year, 4, nation));
            units.add(new ReportUnit(ReportType.COMPLETENESS, year, 4, nation));
            for (Territory region : regions) {
                territories.children(region.code()).stream().filter(d -> districts.contains(d.code()))
                        .forEach(d -> units.add(new ReportUnit(ReportType.DISTRICT_PROFILE, year, 4, d)));
            }
        }
        return units;
    }
}
