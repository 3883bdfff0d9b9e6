package press.aurora.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import press.aurora.config.Edition;
import press.aurora.pipeline.BuildProgress;
import press.aurora.pipeline.StageTimings.Stage;

/**
 * On a terminal, a live line per edition while a build runs (its stage and how long it has been
 * building), redrawn in place a few times a second and erased when the build ends, so the report
 * that follows reads as in a pipe. Only for terminals: a pipe or CI log gets the plain lines alone.
 */
final class TerminalProgress implements BuildProgress, AutoCloseable {

    private static final long REDRAW_MILLIS = 200;

    private record State(String text, long since) {
    }

    private final PrintWriter out;
    private final List<Edition> editions;
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final long start = System.nanoTime();
    private final Thread ticker;
    private int drawn;

    private TerminalProgress(PrintWriter out, List<Edition> editions) {
        this.out = out;
        this.editions = List.copyOf(editions);
        this.ticker = new Thread(this::tick, "progress");
        ticker.setDaemon(true);
    }

    /** Live lines on {@code out} when the program writes to a terminal; otherwise nothing. */
    static BuildProgress forTerminal(PrintWriter out, List<Edition> editions) {
        if (!InProcessRun.console()) {
            return BuildProgress.NONE;
        }
        TerminalProgress progress = new TerminalProgress(out, editions);
        progress.ticker.start();
        return progress;
    }

    /** Erases the live lines of {@code progress} if it drew any. */
    static void end(BuildProgress progress) {
        if (progress instanceof TerminalProgress terminal) {
            terminal.close();
        }
    }

    @Override
    public void stage(Edition edition, Stage stage) {
        State before = states.get(edition.id());
        states.put(edition.id(), new State(stage.label(), before == null ? System.nanoTime() : before.since()));
    }

    @Override
    public void finished(Edition edition) {
        State before = states.get(edition.id());
        long since = before == null ? System.nanoTime() : before.since();
        states.put(edition.id(), new State(String.format("done in %.1f s", (System.nanoTime() - since) / 1e9), -1));
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                draw();
                Thread.sleep(REDRAW_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw() {
        StringBuilder text = new StringBuilder();
        if (drawn > 0) {
            text.append("\033[").append(drawn).append('F');
        }
        long now = System.nanoTime();
        for (Edition edition : editions) {
            State state = states.get(edition.id());
            text.append("\033[2K").append(String.format("%-6s ", edition.id()));
            if (state == null) {
                text.append("waiting");
            } else if (state.since() < 0) {
                text.append(state.text());
            } else {
                text.append(String.format("%-12s %5.1f s", state.text(), (now - state.since()) / 1e9));
            }
            text.append('\n');
        }
        text.append("\033[2K").append(String.format("%.1f s", (now - start) / 1e9)).append('\n');
        drawn = editions.size() + 1;
        out.print(text);
        out.flush();
    }

    @Override
    public void close() {
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn > 0) {
                out.print("\033[" + drawn + "F\033[J");
                out.flush();
                drawn = 0;
            }
        }
    }
}
