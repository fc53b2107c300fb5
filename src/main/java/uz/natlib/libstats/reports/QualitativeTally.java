package uz.natlib.libstats.reports;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import uz.natlib.libstats.reports.QualitativeAnswersRepository.Answer;

/**
 * How many of a set of districts answered a qualitative row, and how many of them answered
 * "done": for one quarter, or for the year, where a district counts as done if it answered
 * "done" in at least one quarter and as answering if it answered in at least one.
 */
final class QualitativeTally {

    /** {@code done} of {@code answered} districts, out of {@code expected}. */
    record Count(int done, int answered, int expected) {

        /** The done count as printed: none when nobody answered, which is not the same as 0 done. */
        Integer doneOrNone() {
            return answered == 0 ? null : done;
        }
    }

    /** district → row code → quarter → answer (null where the row's cell was left blank). */
    private final Map<String, Map<String, Map<Integer, Boolean>>> answers = new HashMap<>();

    QualitativeTally(Collection<Answer> all) {
        for (Answer a : all) {
            answers.computeIfAbsent(a.districtCode(), d -> new HashMap<>())
                    .computeIfAbsent(a.indicatorCode(), c -> new HashMap<>()).put(a.quarter(), a.done());
        }
    }

    Count quarter(String code, int quarter, Collection<String> districts) {
        int done = 0;
        int answered = 0;
        for (String district : districts) {
            Boolean answer = quarters(district, code).get(quarter);
            if (answer != null) {
                answered++;
                done += answer ? 1 : 0;
            }
        }
        return new Count(done, answered, districts.size());
    }

    Count year(String code, Collection<String> districts) {
        int done = 0;
        int answered = 0;
        for (String district : districts) {
            Collection<Boolean> given = quarters(district, code).values();
            if (given.stream().anyMatch(java.util.Objects::nonNull)) {
                answered++;
                done += given.contains(Boolean.TRUE) ? 1 : 0;
            }
        }
        return new Count(done, answered, districts.size());
    }

    private Map<Integer, Boolean> quarters(String district, String code) {
        return answers.getOrDefault(district, Map.of()).getOrDefault(code, Map.of());
    }
}
