package uz.natlib.libstats.tools.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the processor time of a stage went: the ingest's checking threads, the thread that runs
 * the step (the writer), the rest of this JVM (garbage collection, compilation) and PostgreSQL's
 * processes (those that live through the stage). On two cores the ingest is bound by the processor, so this, not wall time per stage,
 * says what to make cheaper.
 */
final class CpuWatch {

    private final Map<String, Long> threadsAtStart;
    private final long processAtStart;
    private final long postgresAtStart;
    private final long compilingAtStart = compilingMillis();
    private final long collectingAtStart = collectingMillis();

    private CpuWatch(Map<String, Long> threads, long process, long postgres) {
        this.threadsAtStart = threads;
        this.processAtStart = process;
        this.postgresAtStart = postgres;
    }

    static CpuWatch start() {
        return new CpuWatch(threadCpu(), processCpu(), postgresCpu());
    }

    /** Seconds of processor time since {@link #start} by group, in a fixed order. */
    Map<String, Double> stop() {
        Map<String, Long> threads = threadCpu();
        long checking = 0;
        long writer = 0;
        long otherThreads = 0;
        for (Map.Entry<String, Long> thread : threads.entrySet()) {
            long used = thread.getValue() - threadsAtStart.getOrDefault(thread.getKey(), 0L);
            String name = thread.getKey().substring(thread.getKey().indexOf(':') + 1);
            if (name.startsWith("return-check-")) {
                checking += used;
            } else if (name.equals("main")) {
                writer += used;
            } else {
                otherThreads += used;
            }
        }
        long process = processCpu() - processAtStart;
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("checking threads", checking / 1e9);
        seconds.put("writer (the step's thread)", writer / 1e9);
        seconds.put("other threads", otherThreads / 1e9);
        seconds.put("JVM itself (garbage collection, compiler)", Math.max(0, process - checking - writer - otherThreads) / 1e9);
        // Wall time, not processor time: what the collector stopped the threads for and what the compiler took.
        seconds.put("of which GC pauses (wall)", (collectingMillis() - collectingAtStart) / 1e3);
        seconds.put("of which compiling (wall)", (compilingMillis() - compilingAtStart) / 1e3);
        seconds.put("PostgreSQL", (postgresCpu() - postgresAtStart) / 1e9);
        return seconds;
    }

    private static long compilingMillis() {
        var compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
    }

    private static long collectingMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    // Keyed by id and name: a pool's threads come and go, and ids are not reused while the JVM runs.
    private static Map<String, Long> threadCpu() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new HashMap<>();
        if (!bean.isThreadCpuTimeSupported()) {
            return cpu;
        }
        for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
            if (info != null) {
                long time = bean.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    cpu.put(info.getThreadId() + ":" + info.getThreadName(), time);
                }
            }
        }
        return cpu;
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /**
     * The embedded server's processes: PostgreSQL processes of this user started since this JVM
     * (the server detaches from the JVM, so they are not its descendants). An external server is
     * not counted.
     */
    private static long postgresCpu() {
        ProcessHandle.Info self = ProcessHandle.current().info();
        java.time.Instant started = self.startInstant().orElse(java.time.Instant.EPOCH);
        String user = self.user().orElse("");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().user().map(user::equals).orElse(false))
                .filter(p -> p.info().startInstant().map(i -> !i.isBefore(started)).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }
}
