package uz.natlib.libstats.service.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The service's own metrics, read from the database rather than counted in this process: every
 * instance (and every one-shot command) stores its files and runs there, so the figures are the
 * same whichever instance is scraped and survive restarts. Read at most every few seconds.
 * <ul>
 * <li>{@code libstats.files} (outcome accepted, rejected, duplicate): files ever received;
 * <li>{@code libstats.values.loaded}: values loaded from accepted files;
 * <li>{@code libstats.nightly.since.success} (seconds): since the last completed nightly chain ended,
 *     NaN before the first;
 * <li>job durations are Timers: {@code libstats.service.job} (ServiceRuns) and Spring Batch's own.
 * </ul>
 */
@Component
class ServiceMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(ServiceMetrics.class);
    private static final Duration FRESH = Duration.ofSeconds(5);

    private final OperationsRepository operations;

    private record Reading(Instant at, OperationsRepository.FileTotals files, Optional<Instant> lastNightly) {
    }

    private volatile Reading reading;

    ServiceMetrics(OperationsRepository operations) {
        this.operations = operations;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        fileCounter(registry, "accepted", OperationsRepository.FileTotals::accepted);
        fileCounter(registry, "rejected", OperationsRepository.FileTotals::rejected);
        fileCounter(registry, "duplicate", OperationsRepository.FileTotals::duplicate);
        FunctionCounter.builder("libstats.values.loaded", this, m -> m.files(OperationsRepository.FileTotals::values))
                .description("values loaded from accepted returns and plans").register(registry);
        Gauge.builder("libstats.nightly.since.success", this, ServiceMetrics::secondsSinceNightly)
                .description("time since the last completed nightly chain ended").baseUnit("seconds")
                .register(registry);
    }

    private void fileCounter(MeterRegistry registry, String outcome,
                             ToLongFunction<OperationsRepository.FileTotals> count) {
        FunctionCounter.builder("libstats.files", this, m -> m.files(count))
                .description("files received, by what became of them").tag("outcome", outcome)
                .register(registry);
    }

    private double files(ToLongFunction<OperationsRepository.FileTotals> count) {
        Reading now = read();
        return now == null ? Double.NaN : count.applyAsLong(now.files());
    }

    private double secondsSinceNightly() {
        Reading now = read();
        if (now == null || now.lastNightly().isEmpty()) {
            return Double.NaN;
        }
        return Duration.between(now.lastNightly().get(), Instant.now()).toMillis() / 1000.0;
    }

    private Reading read() {
        Reading last = reading;
        Instant now = Instant.now();
        if (last != null && Duration.between(last.at(), now).compareTo(FRESH) < 0) {
            return last;
        }
        try {
            Reading fresh = new Reading(now, operations.fileTotals(), operations.lastCompletedNightly());
            reading = fresh;
            return fresh;
        } catch (RuntimeException e) {
            // A scrape while the database is away says NaN; the health check says why.
            log.debug("cannot read the metrics from the database: {}", e.toString());
            return null;
        }
    }
}
