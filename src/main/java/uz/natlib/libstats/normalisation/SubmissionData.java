package uz.natlib.libstats.normalisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * A file's content once district, period and figures are understood: what the rules check and
 * the warehouse stores.
 *
 * @param quarter 1-4 for a return, {@code null} for an annual plan
 */
public record SubmissionData(SubmissionKind kind, String districtCode, int year, Integer quarter, Catalogue catalogue,
                         List<ReportedValue> values, List<ReportedStatus> statuses) {

    public SubmissionData {
        values = List.copyOf(values);
        statuses = List.copyOf(statuses);
    }

    public Map<ValueKey, ReportedValue> byKey() {
        Map<ValueKey, ReportedValue> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(v.key(), v));
        return map;
    }

    public Optional<ReportedValue> value(String indicatorCode, String measure) {
        return values.stream().filter(v -> v.indicatorCode().equals(indicatorCode) && v.measure().equals(measure))
                .findFirst();
    }

    public Period period() {
        return new Period(year, quarter);
    }

    /** {@code 2021Q3} for a return, {@code 2021} for a plan. */
    public String periodCode() {
        return period().code();
    }
}
