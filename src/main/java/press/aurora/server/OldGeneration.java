package press.aurora.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Optional;

/**
 * The heap's old generation, watched across the builds a server runs. A build promotes part of what it allocates
 * there; when the room left would not take as much again, the next build would stop for a full collection half-way
 * (with the launcher's small heap, 50-75 ms in nearly every served edition; docs/development.md). The server
 * collects then, while no build waits. A build that promoted little (one whose editions were all unchanged) leaves
 * the collection to the next one that needs it.
 */
final class OldGeneration {

    private final Optional<MemoryPoolMXBean> pool = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .filter(p -> p.getName().contains("Tenured") || p.getName().contains("Old Gen"))
            .findFirst();

    /** Bytes in use now; 0 when this JVM's collector has no old generation to read. */
    long used() {
        return pool.map(p -> p.getUsage().getUsed()).orElse(0L);
    }

    /** Whether a build promoting as much as the last one (which began with {@code usedBefore}) would not fit. */
    boolean full(long usedBefore) {
        if (pool.isEmpty()) {
            return false;
        }
        MemoryUsage now = pool.get().getUsage();
        long promoted = now.getUsed() - usedBefore;
        long limit = now.getMax() < 0 ? now.getCommitted() : Math.min(now.getCommitted(), now.getMax());
        return promoted > 0 && limit - now.getUsed() < promoted;
    }
}
