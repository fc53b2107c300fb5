package uz.natlib.libstats.consolidation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Years as job parameters and execution-context values carry them: "2021,2022". */
public final class YearList {

    private YearList() {
    }

    public static List<Integer> parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).toList();
    }

    public static String format(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
