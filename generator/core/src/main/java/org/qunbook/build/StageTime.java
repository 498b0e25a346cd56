package org.qunbook.build;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * How long a stage took: wall time, the CPU time of the whole process meanwhile (every thread:
 * the stage's own, the JIT compiler's, the garbage collector's, background work), and the time
 * the garbage collector reported meanwhile. CPU time over wall time says how many cores the stage
 * kept busy.
 *
 * @param cpu {@link Duration#ZERO} where the JVM cannot tell
 */
public record StageTime(Duration wall, Duration cpu, Duration gc) {

    StageTime plus(StageTime other) {
        return new StageTime(wall.plus(other.wall), cpu.plus(other.cpu), gc.plus(other.gc));
    }

    /** The process's CPU time so far, in nanoseconds; 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The garbage collectors' accumulated collection time so far, in milliseconds. */
    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
}
