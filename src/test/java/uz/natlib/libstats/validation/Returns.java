package uz.natlib.libstats.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.normalisation.ReportedValue;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/** Small returns of Jondor district on the real 2021 catalogue, for testing rules one at a time. */
final class Returns {

    static final String SHEET = "Ҳисобот";
    static final String JONDOR = "1706246";
    static final Catalogue CATALOGUE = CatalogueFiles.read(2021);

    private Returns() {
    }

    /** A figure as typed in {@code cell}. */
    static ReportedValue value(String code, String measure, String typed, String cell) {
        return new ReportedValue(code, measure, new BigDecimal(typed), SHEET, cell, typed);
    }

    static SubmissionData quarter(int quarter, ReportedValue... values) {
        return new SubmissionData(SubmissionKind.RETURN, JONDOR, 2021, quarter, CATALOGUE, List.of(values), List.of());
    }

    static SubmissionData quarter(int quarter, List<ReportedValue> values) {
        return new SubmissionData(SubmissionKind.RETURN, JONDOR, 2021, quarter, CATALOGUE, values, List.of());
    }

    static SubmissionData plan(ReportedValue... values) {
        return new SubmissionData(SubmissionKind.PLAN, JONDOR, 2021, null, CATALOGUE, List.of(values), List.of());
    }

    /** Accepted figures of earlier periods, built one figure at a time. */
    static final class Earlier {

        private final Map<String, Map<ValueKey, BigDecimal>> byPeriod = new HashMap<>();

        Earlier figure(String period, String code, String measure, String value) {
            byPeriod.computeIfAbsent(period, p -> new HashMap<>()).put(new ValueKey(code, measure), new BigDecimal(value));
            return this;
        }

        History history() {
            return new History(byPeriod);
        }
    }

    static Earlier earlier() {
        return new Earlier();
    }
}
