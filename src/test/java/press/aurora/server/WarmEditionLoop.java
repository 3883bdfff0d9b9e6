package press.aurora.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import press.aurora.cli.InProcessRun;
import press.aurora.pipeline.WarmResources;

/**
 * One edition built again and again in one warm process, as the build server serves it: each round runs
 * {@code build -e EDITION --force --timings} through {@link InProcessRun} with resources kept by
 * {@link WarmResources}, and prints its wall and CPU time (the whole process's) and its timings line; at the end,
 * the medians of the last ten rounds. Run by {@code scripts/benchmark-warm-edition}; start the JVM with the
 * launcher's flags.
 *
 * <pre>{@code java ... press.aurora.server.WarmEditionLoop EDITION ROUNDS [OUT_FOLDER]}</pre>
 */
public final class WarmEditionLoop {

    private WarmEditionLoop() {
    }

    public static void main(String[] args) throws Exception {
        String edition = args.length > 0 ? args[0] : "uk";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path out = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("aurora-warm-loop");
        InProcessRun.quietLibraries();
        WarmResources resources = new WarmResources();
        OldGeneration oldGeneration = new OldGeneration();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<long[]> times = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            if (round == rounds - 9) {
                profiler(System.getProperty("loop.event", "start,event=itimer,interval=2ms"));
            }
            StringWriter text = new StringWriter();
            PrintWriter writer = new PrintWriter(text);
            long oldBefore = oldGeneration.used();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            int code = InProcessRun.execute(List.of("build", "-e", edition, "--force", "--timings", "--out", out.toString()),
                    writer, writer, false, resources);
            long wall = System.nanoTime() - start;
            long used = os.getProcessCpuTime() - cpu;
            times.add(new long[] {wall, used});
            if (Boolean.getBoolean("loop.gcBetween") && oldGeneration.full(oldBefore)) {
                System.gc(); // as the build server does between requests
            }
            String timings = text.toString().lines().filter(line -> line.startsWith(edition + " ") && line.contains("timings:"))
                    .findFirst().orElse(text.toString().strip());
            System.out.printf("round %2d: exit %d, %4.0f ms wall, %4.0f ms CPU | %s%n", round, code, wall / 1e6, used / 1e6,
                    timings.replaceFirst("^\\S+\\s+timings:\\s*", ""));
        }
        profiler("stop,file=" + System.getProperty("loop.profile", "") + ",collapsed");
        List<long[]> last = times.subList(Math.max(0, times.size() - 10), times.size());
        System.out.printf("median of the last %d rounds: %.0f ms wall, %.0f ms CPU%n", last.size(),
                median(last, 0) / 1e6, median(last, 1) / 1e6);
    }

    /**
     * Drives async-profiler over the last ten rounds when {@code -Dloop.profiler=LIBRARY} names its library and its jar
     * is on the class path ({@code -Dloop.profile=FILE}: where the collapsed stacks go); otherwise does nothing.
     */
    private static void profiler(String command) throws Exception {
        String library = System.getProperty("loop.profiler");
        if (library != null) {
            Class<?> type = Class.forName("one.profiler.AsyncProfiler");
            Object profiler = type.getMethod("getInstance", String.class).invoke(null, library);
            type.getMethod("execute", String.class).invoke(profiler, command);
        }
    }

    private static double median(List<long[]> times, int index) {
        long[] values = times.stream().mapToLong(t -> t[index]).toArray();
        Arrays.sort(values);
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2.0;
    }
}
