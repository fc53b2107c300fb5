package uz.natlib.libstats.reports;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A report's legend: the explanations of the columns and marks that report has, and no others. */
final class Legends {

    private Legends() {
    }

    static String of(ReportContext context, String... keys) {
        return Arrays.stream(keys).map(context::text).collect(Collectors.joining("; "));
    }
}
