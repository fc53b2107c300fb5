package uz.natlib.libstats.ingest;

import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/** Time spent per stage, summed over the files of a run (stages of different files overlap in time). */
@Component
public class IngestMetrics {

    private final LongAdder readNanos = new LongAdder();
    private final LongAdder normaliseNanos = new LongAdder();
    private final LongAdder validateNanos = new LongAdder();
    private final LongAdder loadNanos = new LongAdder();
    private final LongAdder files = new LongAdder();
    private final LongAdder values = new LongAdder();

    void read(long nanos) {
        readNanos.add(nanos);
    }

    void normalise(long nanos) {
        normaliseNanos.add(nanos);
    }

    void validate(long nanos) {
        validateNanos.add(nanos);
    }

    void load(long nanos, int valuesLoaded) {
        loadNanos.add(nanos);
        files.increment();
        values.add(valuesLoaded);
    }

    public void reset() {
        readNanos.reset();
        normaliseNanos.reset();
        validateNanos.reset();
        loadNanos.reset();
        files.reset();
        values.reset();
    }

    public record Snapshot(long files, long values, double readSeconds, double normaliseSeconds,
                           double validateSeconds, double loadSeconds) {
    }

    public Snapshot snapshot() {
        return new Snapshot(files.sum(), values.sum(), readNanos.sum() / 1e9, normaliseNanos.sum() / 1e9,
                validateNanos.sum() / 1e9, loadNanos.sum() / 1e9);
    }
}
