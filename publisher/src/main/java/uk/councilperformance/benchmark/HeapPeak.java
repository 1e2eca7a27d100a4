package uk.councilperformance.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak heap in use while a step runs: the heap is sampled every few milliseconds, and the heap just before
 * each collection (from the collectors' own records) is counted too, since that is where the peak lies.
 */
public final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final long startUptime = ManagementFactory.getRuntimeMXBean().getUptime();
    private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());
    private final java.util.List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final long[] collectionsSeen = new long[collectors.size()];
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapPeak() {
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
    }

    /** Starts measuring after a collection, so that garbage from earlier steps does not count. */
    public static HeapPeak start() {
        System.gc();
        HeapPeak heap = new HeapPeak();
        heap.sampler.start();
        return heap;
    }

    private void sample() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        for (int i = 0; i < collectors.size(); i++) {
            GarbageCollectorMXBean gc = collectors.get(i);
            // A collector's record of its last collection is made afresh at each call: read it only when there is a
            // new one, so that sampling every 2 ms does not add garbage and CPU to the step it measures.
            long count = gc.getCollectionCount();
            if (count == collectionsSeen[i]) {
                continue;
            }
            collectionsSeen[i] = count;
            if (gc instanceof com.sun.management.GarbageCollectorMXBean hotspot && hotspot.getLastGcInfo() != null) {
                var info = hotspot.getLastGcInfo();
                long before = info.getMemoryUsageBeforeGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                // Only collections during this step: older ones ended before it started.
                if (info.getEndTime() > startUptime) {
                    peak.accumulateAndGet(before, Math::max);
                }
            }
        }
    }

    /** Stops and gives the peak in bytes. */
    public long stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        return peak.get();
    }

    @Override
    public void close() {
        stop();
    }
}
