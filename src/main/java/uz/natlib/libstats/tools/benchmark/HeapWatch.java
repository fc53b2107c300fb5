package uz.natlib.libstats.tools.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use since the last reset, two ways: the sum of the heap pools' peaks (an upper bound: each
 * pool peaks at its own moment, so it can exceed the limit) and the highest heap left in use
 * after a collection, which is what the run really keeps alive and what must stay flat as the
 * number of files grows.
 */
final class HeapWatch {

    private static final AtomicLong liveAfterGc = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        long used = 0;
                        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (HEAP_POOLS.contains(pool.getKey())) {
                                used += pool.getValue().getUsed();
                            }
                        }
                        liveAfterGc.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private HeapWatch() {
    }

    static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        liveAfterGc.set(0);
    }

    /** Sum of the heap pools' peaks: an upper bound on the heap in use at any one moment. */
    static long peakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pool.getPeakUsage();
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                peak += usage.getUsed();
            }
        }
        return peak;
    }

    /** The most heap any collection since the reset left in use. */
    static long peakLiveBytes() {
        return liveAfterGc.get();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
