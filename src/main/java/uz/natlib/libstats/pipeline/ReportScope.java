package uz.natlib.libstats.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.vocabulary.Period;

/**
 * What a pipeline run consolidates and reports: the years that changed, and of those with data,
 * every quarter with data and the year itself, for the regions that have data.
 */
record ReportScope(List<Integer> years, List<String> periods, List<String> regions) {

    static ReportScope of(List<Integer> changedYears, ConsolidationService consolidation) {
        List<String> periods = new ArrayList<>();
        TreeSet<String> regions = new TreeSet<>();
        for (int year : changedYears) {
            List<String> withData = consolidation.regionsWithData(year);
            if (withData.isEmpty()) {
                continue;
            }
            regions.addAll(withData);
            consolidation.quartersWithData(year).forEach(q -> periods.add(Period.ofQuarter(year, q).code()));
            periods.add(Period.ofYear(year).code());
        }
        return new ReportScope(List.copyOf(changedYears), periods, List.copyOf(regions));
    }
}
