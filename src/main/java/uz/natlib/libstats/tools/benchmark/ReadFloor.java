package uz.natlib.libstats.tools.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The read floor: what it costs only to unzip a workbook and look at every byte of its worksheets
 * and shared strings, with no parsing at all. No reader of the same files can be faster, so the
 * ingest is judged against it on the same files in the same run.
 */
final class ReadFloor {

    /** What was scanned: files, worksheet and shared-strings parts, their inflated bytes, and the '<' among them. */
    record Scan(int files, long parts, long bytes, long tags, double seconds) {

        Scan plus(Scan other) {
            return new Scan(files + other.files, parts + other.parts, bytes + other.bytes, tags + other.tags, seconds);
        }

        double filesPerSecond() {
            return files / seconds;
        }
    }

    private ReadFloor() {
    }

    /** Scans the files on {@code threads} threads, each taking the next file not yet taken; the clock covers all. */
    static Scan measure(List<Path> files, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Callable<Scan> worker = () -> {
            byte[] buffer = new byte[64 * 1024];
            Scan total = new Scan(0, 0, 0, 0, 0);
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                total = total.plus(scan(files.get(i), buffer));
            }
            return total;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Scan>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(worker));
            }
            Scan total = new Scan(0, 0, 0, 0, 0);
            for (Future<Scan> part : parts) {
                total = total.plus(part.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Scan(total.files(), total.parts(), total.bytes(), total.tags(), seconds);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One file: every part a reader of the figures must inflate, every byte of it looked at once. */
    static Scan scan(Path file, byte[] buffer) {
        long parts = 0;
        long bytes = 0;
        // Counting a byte keeps the loop from being optimised away and makes the test able to check it saw them all.
        long tags = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!holdsCells(entry.getName())) {
                    continue;
                }
                parts++;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        bytes += n;
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '<') {
                                tags++;
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan " + file, e);
        }
        return new Scan(1, parts, bytes, tags, 0);
    }

    /** A worksheet ({@code xl/worksheets/sheetN.xml}, not its relationships) or the shared strings. */
    static boolean holdsCells(String name) {
        return name.equals("xl/sharedStrings.xml")
                || name.startsWith("xl/worksheets/") && name.endsWith(".xml") && name.indexOf('/', "xl/worksheets/".length()) < 0;
    }
}
