package uz.natlib.libstats.tools.samples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.normalisation.ReportedStatus;
import uz.natlib.libstats.normalisation.ValueKey;

/**
 * A district's made-up year: its annual plan and four quarterly returns. A key missing from a
 * quarter is a blank cell (not reported), never zero.
 *
 * @param quarters figures of quarters 1-4, at index 0-3
 * @param statuses answers of the qualitative rows by indicator code, quarters 1-4 at index 0-3
 */
public record SampleFigures(String districtCode, int year, Map<ValueKey, BigDecimal> plan,
                            List<Map<ValueKey, BigDecimal>> quarters, List<Map<String, ReportedStatus>> statuses) {

    public SampleFigures {
        plan = java.util.Collections.unmodifiableMap(plan);
        quarters = quarters.stream().map(java.util.Collections::unmodifiableMap).toList();
        statuses = statuses.stream().map(java.util.Collections::unmodifiableMap).toList();
    }

    public Map<ValueKey, BigDecimal> quarter(int quarter) {
        return quarters.get(quarter - 1);
    }

    public Map<String, ReportedStatus> statuses(int quarter) {
        return statuses.get(quarter - 1);
    }
}
