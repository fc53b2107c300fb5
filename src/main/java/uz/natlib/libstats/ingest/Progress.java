package uz.natlib.libstats.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs how far a run has got: at most every few seconds, and at the end. */
class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong values = new AtomicLong();
    private final long started = System.nanoTime();
    private volatile long lastLog = System.nanoTime();

    Progress(int total) {
        this.total = total;
    }

    void fileDone(int valuesLoaded) {
        int files = done.incrementAndGet();
        long loaded = values.addAndGet(valuesLoaded);
        long now = System.nanoTime();
        if (files == total || now - lastLog > EVERY_NANOS) {
            lastLog = now;
            double seconds = (now - started) / 1e9;
            log.info("Ingest: {}/{} files done, {} values loaded ({} files/s, {} values/s)", files, total, loaded,
                    Math.round(files / seconds), Math.round(loaded / seconds));
        }
    }
}
