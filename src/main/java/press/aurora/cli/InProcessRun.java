package press.aurora.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import press.aurora.config.Edition;
import press.aurora.pipeline.BuildResources;
import press.aurora.pipeline.Workspace;

/**
 * Runs an aurora command line inside a process that outlives it (the build server), as {@link Main} runs it
 * in a process of its own: the same commands, exit codes and messages, printed on the writers given. What a
 * process of its own would find out for itself comes with the request: whether its client writes to a
 * terminal (the live progress lines), and where the shared resources come from (kept warm between builds).
 * One command line runs at a time.
 */
public final class InProcessRun {

    private record Context(boolean console, BiFunction<Workspace, List<Edition>, BuildResources> resources) {
    }

    private static volatile Context context;

    /** PDFBox reports font details through java.util.logging; an editor needs none of it. Kept strong so it stays set. */
    private static final java.util.logging.Logger LIBRARIES = java.util.logging.Logger.getLogger("org.apache");

    private InProcessRun() {
    }

    /** Silences what the libraries log for themselves; once per process. */
    public static void quietLibraries() {
        LIBRARIES.setLevel(java.util.logging.Level.SEVERE);
    }

    /** Runs {@code args}; returns the exit code a process of its own would exit with. */
    public static synchronized int execute(List<String> args, PrintWriter out, PrintWriter err, boolean console,
                                           BiFunction<Workspace, List<Edition>, BuildResources> resources) {
        String[] array = args.toArray(String[]::new);
        context = new Context(console, resources);
        DebugOption.enabled = false;
        try {
            CommandLine line = AuroraCommand.commandLineFor(array);
            line.setOut(out);
            line.setErr(err);
            line.setColorScheme(CommandLine.Help.defaultColorScheme(console ? Ansi.ON : Ansi.OFF));
            return line.execute(array);
        } finally {
            out.flush();
            err.flush();
            context = null;
            DebugOption.enabled = false;
        }
    }

    /** Whether the live progress lines may be drawn: the client's terminal in a server, else this process's. */
    static boolean console() {
        Context current = context;
        return current == null ? System.console() != null : current.console();
    }

    /** Where a build gets its shared resources: kept warm in a server, else loaded for this build. */
    static BiFunction<Workspace, List<Edition>, BuildResources> resources() {
        Context current = context;
        return current == null ? BuildResources::load : current.resources();
    }
}
