package uz.natlib.libstats.ingest;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import uz.natlib.libstats.normalisation.ReportedValue;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.validation.History;

/**
 * The returns the writer accepted most recently. A file's history is read while it is checked,
 * ahead of the writer; returns of the same district accepted since then are laid over it, so
 * the rules see exactly what they would have seen reading the history at write time. Files are
 * checked at most {@code capacity} files ahead, so older acceptances are already in what was read.
 */
final class RecentlyAccepted {

    private record Accepted(String district, String period, Map<ValueKey, BigDecimal> values) {
    }

    private final int capacity;
    private final Deque<Accepted> recent = new ArrayDeque<>();

    RecentlyAccepted(int capacity) {
        this.capacity = capacity;
    }

    void add(SubmissionData data) {
        Map<ValueKey, BigDecimal> values = new HashMap<>();
        for (ReportedValue v : data.values()) {
            values.put(v.key(), v.value());
        }
        recent.addLast(new Accepted(data.districtCode(), data.periodCode(), values));
        if (recent.size() > capacity) {
            recent.removeFirst();
        }
    }

    /** The history read earlier, with this district's periods accepted since replaced (oldest first). */
    History overlay(History read, String district) {
        Map<String, Map<ValueKey, BigDecimal>> byPeriod = null;
        for (Iterator<Accepted> it = recent.iterator(); it.hasNext(); ) {
            Accepted a = it.next();
            if (!a.district().equals(district)) {
                continue;
            }
            if (byPeriod == null) {
                byPeriod = new HashMap<>(read.byPeriod());
            }
            byPeriod.put(a.period(), a.values());
        }
        return byPeriod == null ? read : new History(byPeriod);
    }
}
