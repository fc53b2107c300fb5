package uz.natlib.libstats.reports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.Script;

/** The parameters of {@code reportJob} as the job repository keeps them: comma-separated text. */
public final class ReportRequest {

    private ReportRequest() {
    }

    /** Periods to report on: a quarter's reports ({@code 2021Q3}) or a year's ({@code 2021}). */
    static List<Period> periods(String commaSeparated) {
        return list(commaSeparated).stream().map(Period::parse).toList();
    }

    public static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static Set<Script> scripts(String commaSeparated) {
        Set<Script> scripts = EnumSet.noneOf(Script.class);
        list(commaSeparated).forEach(s -> scripts.add(Script.of(s)));
        return scripts;
    }
}
