package press.aurora.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The aurora command in a process of its own, as an editor runs it, for what cannot happen in the
 * test's own JVM: being killed, environment variables. It runs the compiled classes of this build.
 */
public final class AuroraProcess {

    private AuroraProcess() {
    }

    /** Starts {@code aurora args...} with {@code workspace} as its workspace; stdout and stderr go to {@code log}. */
    public static Process start(Path workspace, Path log, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-Daurora.home=" + workspace,
                "-cp", System.getProperty("java.class.path"), "press.aurora.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
