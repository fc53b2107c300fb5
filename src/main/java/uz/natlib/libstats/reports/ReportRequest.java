package uz.natlib.libstats.reports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uz.natlib.libstats.vocabulary.Script;

/** The parameters of {@code reportJob} as the job repository keeps them: comma-separated text. */
final class ReportRequest {

    private ReportRequest() {
    }

    /** A period to report on: a quarter, or the year when {@code quarter} is null. */
    record PeriodCode(int year, Integer quarter) {

        static PeriodCode parse(String code) {
            String[] parts = code.strip().split("Q");
            return new PeriodCode(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.valueOf(parts[1]) : null);
        }

        String code() {
            return quarter == null ? Integer.toString(year) : year + "Q" + quarter;
        }
    }

    static List<PeriodCode> periods(String commaSeparated) {
        return list(commaSeparated).stream().map(PeriodCode::parse).toList();
    }

    static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Set<Script> scripts(String commaSeparated) {
        Set<Script> scripts = EnumSet.noneOf(Script.class);
        list(commaSeparated).forEach(s -> scripts.add(Script.of(s)));
        return scripts;
    }
}
