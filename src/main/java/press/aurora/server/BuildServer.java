package press.aurora.server;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import press.aurora.cli.InProcessRun;
import press.aurora.config.Edition;
import press.aurora.pipeline.BuildResources;
import press.aurora.pipeline.WarmResources;
import press.aurora.pipeline.Workspace;

/**
 * A warm process that runs aurora command lines for the clients of one folder: one program jar, workspace,
 * working folder and environment, together the key the launcher names it by. It keeps the stylesheet and FOP
 * loaded between builds ({@link WarmResources}), runs one command line at a time (a second client waits and
 * is told so), and stops after {@link #idle} without a request or when its jar was rebuilt. A client that
 * goes away before its build ended cancels it: the build cannot be stopped half way inside FOP, so the server
 * stops with it, and the partial files it was writing are deleted as in any program that is stopped.
 *
 * <p>It listens on a port of the loopback address, written with a token to {@code BASE.port} ({@link ServerAddress});
 * the launcher's client speaks {@link Protocol}.
 *
 * <p>Usage: {@code BuildServer BASE KEY}; AURORA_SERVER_IDLE sets the idle time in minutes (default 30).
 */
public final class BuildServer implements Closeable {

    /** Minutes without a request before the server stops, unless AURORA_SERVER_IDLE says otherwise. */
    static final int DEFAULT_IDLE_MINUTES = 30;
    /** How long a request waits for another one before its client is told it waits. */
    private static final long QUIET_WAIT_MILLIS = 300;

    private enum State { WAITING, RUNNING, DONE, ABANDONED }

    private final ServerSocket listener;
    private final ServerAddress address;
    private final Path addressFile;
    private final String key;
    private final Duration idle;
    private final Runnable cancelBuild;
    private final ProgramJar jar = ProgramJar.current();
    private final WarmResources resources = new WarmResources();
    private final OldGeneration oldGeneration = new OldGeneration();
    /** How many times the warm-up builds its edition at most: the compiled code is fast from about the fifth. */
    static final int WARM_UP_ROUNDS = 5;
    private final ReentrantLock building = new ReentrantLock(true);
    private final AtomicInteger served = new AtomicInteger();
    private final Instant started = Instant.now();
    private volatile long lastRequest = System.nanoTime();
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean closed;
    private volatile boolean warming;

    private BuildServer(ServerSocket listener, ServerAddress address, Path addressFile, String key, Duration idle,
                        Runnable cancelBuild) {
        this.listener = listener;
        this.address = address;
        this.addressFile = addressFile;
        this.key = key;
        this.idle = idle;
        this.cancelBuild = cancelBuild;
    }

    /**
     * Listens on a free port of the loopback address for requests with {@code key}, and writes where to
     * {@code BASE.port} (replacing a stale one) once it listens. A client that goes away during its build runs
     * {@code cancelBuild}: in the real server it stops the process.
     */
    public static BuildServer open(Path base, String key, Duration idle, Runnable cancelBuild) throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ServerAddress address = ServerAddress.listeningOn(listener.getLocalPort());
        Path addressFile = addressFile(base);
        try {
            address.writeTo(addressFile);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        return new BuildServer(listener, address, addressFile, key, idle, cancelBuild);
    }

    /** The file that says where the server named {@code base} listens. */
    static Path addressFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".port");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildServer BASE KEY");
            System.exit(2);
        }
        Path base = Path.of(args[0]);
        Path lockFile = base.resolveSibling(base.getFileName() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                log("another build server serves " + base.getFileName() + "; this one is not needed");
                return;
            }
            InProcessRun.quietLibraries();
            try (BuildServer server = open(base, args[1], idleTime(System.getenv("AURORA_SERVER_IDLE")),
                    () -> Runtime.getRuntime().exit(130))) {
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "close-socket"));
                log("serving " + System.getProperty("user.dir") + " (workspace " + System.getProperty("aurora.home")
                        + ") on port " + server.address.port() + ", pid " + ProcessHandle.current().pid() + ", stops after " + server.idle.toMinutes() + " min idle");
                server.warmUp();
                server.serve();
                server.building.lock(); // a build that was running when the server closed ends first
            }
            System.exit(0); // while the lock is held: no other server has written its address yet
        }
    }

    /** AURORA_SERVER_IDLE: whole minutes, at least 1. */
    static Duration idleTime(String minutes) {
        if (minutes != null && minutes.matches("\\d{1,6}") && Integer.parseInt(minutes) > 0) {
            return Duration.ofMinutes(Integer.parseInt(minutes));
        }
        return Duration.ofMinutes(DEFAULT_IDLE_MINUTES);
    }

    /**
     * Builds the first edition of the newest issue, into a scratch folder that is deleted after, so that the first
     * build served finds the stylesheet and FOP loaded and the code compiled: once, and again up to
     * {@link #WARM_UP_ROUNDS} times while no client waits (a served build of one edition took 0.84 s after one
     * round and 0.60-0.68 s from the fifth on, measured in docs/development.md). A client that comes during the
     * first round waits for it (silently: it would have waited as long to load them itself).
     */
    void warmUp() {
        Thread warm = new Thread(() -> {
            building.lock();
            warming = true;
            Path scratch = null;
            long oldBefore = -1;
            try {
                Workspace workspace = Workspace.current();
                List<Edition> editions = BuildResources.loadEditions(workspace);
                scratch = Files.createTempDirectory("aurora-warm-up");
                PrintWriter none = new PrintWriter(OutputStream.nullOutputStream());
                long start = System.nanoTime();
                int code = 0;
                int rounds = 0;
                while (rounds < WARM_UP_ROUNDS && (rounds == 0 || !building.hasQueuedThreads())) {
                    oldBefore = oldGeneration.used();
                    code = InProcessRun.execute(List.of("build", "--force", "--quiet", "--jobs", "1", "-e", editions.get(0).id(),
                            "--out", scratch.toString()), none, none, false, resources);
                    rounds++;
                }
                log(String.format("warmed up (exit %d, %d rounds) in %.2f s", code, rounds, (System.nanoTime() - start) / 1e9));
            } catch (IOException | RuntimeException e) {
                log("not warmed up: " + e.getMessage()); // the first build served says what is wrong
            } finally {
                warming = false;
                building.unlock();
                deleteTree(scratch);
            }
            if (oldBefore >= 0) {
                collectWhileIdle(oldBefore);
            }
        }, "warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            log("cannot delete " + folder + ": " + e.getMessage());
        }
    }

    /** Accepts clients until closed, idle for too long, or the program jar changed. */
    public void serve() {
        Thread watchdog = new Thread(this::watch, "idle");
        watchdog.setDaemon(true);
        watchdog.start();
        while (!closed) {
            try {
                Socket client = listener.accept();
                Thread handler = new Thread(() -> handle(client), "request");
                handler.start();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                log("cannot accept a client: " + e.getMessage());
            }
        }
    }

    private void watch() {
        long tick = Math.max(1000, Math.min(idle.toMillis() / 4, 30_000));
        while (!closed) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            if (building.isLocked() || building.hasQueuedThreads()) {
                continue;
            }
            if (jar.changed()) {
                log("the program jar was rebuilt: stopping");
                close();
            } else if (System.nanoTime() - lastRequest > idle.toNanos()) {
                log("idle for " + idle.toMinutes() + " min: stopping");
                close();
            }
        }
    }

    @Override
    public void close() {
        if (closing.getAndSet(true)) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(addressFile);
            listener.close();
        } catch (IOException e) {
            log("cannot remove " + addressFile + ": " + e.getMessage());
        }
    }

    private void handle(Socket client) {
        long oldBefore = -1;
        try (client) {
            Frames frames = new Frames(client.getOutputStream());
            frames.greet();
            InputStream in = new BufferedInputStream(client.getInputStream());
            Protocol.Request request = Protocol.Request.readFrom(in, Charset.defaultCharset());
            if (request == null || !address.admits(request.token())) {
                frames.refuse("not a request of this protocol, or without this server's token");
                return;
            }
            if (!request.key().equals(key)) {
                frames.refuse("this server serves another program, workspace, folder or environment");
                return;
            }
            if (closed || jar.changed()) {
                frames.refuse("this server is stopping");
                close();
                return;
            }
            if (request.args().equals(List.of("server", "status"))) {
                frames.text(Protocol.STDOUT, status()); // answered at once, also while a build or the warm-up runs
                frames.exit(0);
                return;
            }
            lastRequest = System.nanoTime();
            RequestState state = new RequestState();
            Thread requester = Thread.currentThread();
            Thread hangUp = new Thread(() -> awaitHangUp(in, state, requester), "hang-up");
            hangUp.setDaemon(true);
            hangUp.start();
            if (!building.tryLock(QUIET_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!warming) {
                    frames.text(Protocol.STDERR, "aurora: waiting for the build server: another build of this folder is running\n");
                }
                building.lockInterruptibly();
            }
            try {
                if (!state.start()) {
                    return; // the client went away while it waited
                }
                oldBefore = oldGeneration.used();
                int code = run(request, frames);
                if (state.finish()) {
                    frames.exit(code);
                }
            } finally {
                lastRequest = System.nanoTime();
                building.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // a waiting client went away
        } catch (IOException e) {
            log("a client went away: " + e.getMessage());
        }
        if (oldBefore >= 0) {
            collectWhileIdle(oldBefore);
        }
    }

    /**
     * Collects, once a client has its answer and no other waits, the garbage the builds left in the old generation
     * when the next build would otherwise stop for it half-way ({@link OldGeneration}).
     */
    private void collectWhileIdle(long oldBefore) {
        if (oldGeneration.full(oldBefore) && !building.isLocked() && !building.hasQueuedThreads()) {
            System.gc();
        }
    }

    private int run(Protocol.Request request, Frames frames) throws IOException {
        List<String> args = request.args();
        if (!args.isEmpty() && args.get(0).equals("server")) {
            return control(args, frames);
        }
        long start = System.nanoTime();
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(frames.stream(Protocol.STDOUT), charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(frames.stream(Protocol.STDERR), charset), true);
        int code;
        try {
            code = InProcessRun.execute(args, out, err, request.console(), resources);
        } catch (RuntimeException | Error e) {
            log("internal error: " + e);
            err.println("aurora: internal error in the build server: " + e + " (run with AURORA_SERVER=off for details)");
            err.flush();
            code = 3;
        }
        log(String.format("served %s: exit %d in %.2f s", String.join(" ", args), code, (System.nanoTime() - start) / 1e9));
        served.incrementAndGet();
        return code;
    }

    /** {@code aurora server status|stop} (the launcher's client lets nothing else through). */
    private int control(List<String> args, Frames frames) throws IOException {
        if (args.size() != 2) {
            frames.text(Protocol.STDERR, "aurora: server takes 'status' or 'stop'\n");
            return 2;
        }
        switch (args.get(1)) {
            case "status" -> {
                frames.text(Protocol.STDOUT, status());
                return 0;
            }
            case "stop" -> {
                frames.text(Protocol.STDOUT, "stopped the build server (pid " + ProcessHandle.current().pid() + ")\n");
                close();
                return 0;
            }
            default -> {
                frames.text(Protocol.STDERR, "aurora: server takes 'status' or 'stop'\n");
                return 2;
            }
        }
    }

    private String status() {
        Duration up = Duration.between(started, Instant.now());
        long idleMinutes = TimeUnit.NANOSECONDS.toMinutes(System.nanoTime() - lastRequest);
        ProcessMemory memory = ProcessMemory.current();
        return "build server pid " + ProcessHandle.current().pid() + " for " + System.getProperty("user.dir")
                + " (workspace " + System.getProperty("aurora.home", System.getProperty("user.dir")) + ")"
                + (warming ? ", warming up" : "") + "\n"
                + "up " + up.toMinutes() + " min, requests served: " + served.get() + ", stops after " + idle.toMinutes()
                + " min idle\n"
                + (memory == null ? "" : "memory: " + memory.residentMegabytes() + " MB resident, peak " + memory.peakMegabytes() + " MB\n")
                + "listening on 127.0.0.1 port " + address.port() + " (" + addressFile + ")\n";
    }

    /**
     * Waits for the client to send anything more or close its side: before its build started, it gave up
     * waiting; during it, it cancels.
     */
    private void awaitHangUp(InputStream in, RequestState state, Thread requester) {
        try {
            in.read();
        } catch (IOException e) {
            // the connection broke: the same as closed
        }
        switch (state.hangUp()) {
            case WAITING -> requester.interrupt();
            case RUNNING -> {
                log("the client went away: cancelling its build");
                cancelBuild.run();
            }
            default -> {
                // answered: nothing to cancel
            }
        }
    }

    static void log(String message) {
        System.err.println(Instant.now() + " " + message);
    }

    /** Where a request stands; the hang-up watcher and the request's thread move it on together. */
    private static final class RequestState {

        private State state = State.WAITING;

        synchronized boolean start() {
            if (state != State.WAITING) {
                return false;
            }
            state = State.RUNNING;
            return true;
        }

        synchronized boolean finish() {
            if (state != State.RUNNING) {
                return false;
            }
            state = State.DONE;
            return true;
        }

        /** The state the client left the request in. */
        synchronized State hangUp() {
            State before = state;
            if (state == State.WAITING) {
                state = State.ABANDONED;
            }
            return before;
        }
    }

    /** The server's side of {@link Protocol}: lines written whole, one at a time, from any thread. */
    private static final class Frames {

        private final OutputStream out;

        Frames(OutputStream out) {
            this.out = out;
        }

        synchronized void write(byte type, byte[] bytes, int offset, int length) throws IOException {
            out.write(Protocol.line(type, bytes, offset, length));
            out.flush();
        }

        void text(byte type, String text) throws IOException {
            byte[] bytes = text.getBytes(Charset.defaultCharset());
            write(type, bytes, 0, bytes.length);
        }

        void greet() throws IOException {
            out.write((Protocol.VERSION + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void exit(int code) throws IOException {
            text(Protocol.EXIT, Integer.toString(code));
        }

        void refuse(String why) throws IOException {
            text(Protocol.REFUSED, why);
        }

        OutputStream stream(byte type) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    Frames.this.write(type, new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (length > 0) {
                        Frames.this.write(type, bytes, offset, length);
                    }
                }
            };
        }
    }
}
