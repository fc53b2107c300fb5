package uz.natlib.libstats.service.web.submissions;

/** One file of a district's history for a period and kind. */
public record HistoryRow(long id, String originalName, String status, Integer version, int valueCount, int errorCount,
                         int warningCount, String receivedAt) {

    public DistrictState state() {
        return DistrictState.of(status, warningCount);
    }
}
