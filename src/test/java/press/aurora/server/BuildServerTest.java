package press.aurora.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.cli.Main;
import press.aurora.io.PartialFile;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/**
 * The build server for real: a server process started as the launcher starts it, in a copy of the sample
 * workspace, and the launcher's client (bash, {@link ClientScript}) talking to it. Its answers are those of a direct run in the same folder with
 * the same SOURCE_DATE_EPOCH (stdout, stderr, exit code, PDF bytes); a request with another key is refused
 * (the launcher builds directly then); a client stopped mid-build leaves no partial file; a second
 * client waits and is told so.
 */
class BuildServerTest {

    private static final String KEY = "test-key";
    private static final Map<String, String> ENVIRONMENT = Map.of("SOURCE_DATE_EPOCH", "1700000000");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path root;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void answersAsADirectRunDoes() throws Exception {
        SampleWorkspace.copyTo(root);
        Path base = startServer();
        String[] build = {"build", SampleIssue.ID, "-e", "uk", "--out", "out"};

        Answer direct = direct(build);
        byte[] directPdf = Files.readAllBytes(root.resolve("out/2017-11/uk.pdf"));
        SampleWorkspace.deleteTree(root.resolve("out"));
        Answer served = served(base, KEY, build);
        assertThat(direct.code()).as(direct.err()).isZero();
        assertThat(direct.out()).containsPattern("(?m)^uk +2 of 2 pages");
        assertThat(served).isEqualTo(direct);
        assertThat(Files.readAllBytes(root.resolve("out/2017-11/uk.pdf"))).as("the PDF, byte for byte").isEqualTo(directPdf);

        Answer unchanged = served(base, KEY, build);
        assertThat(unchanged.code()).isZero();
        assertThat(unchanged.out()).containsPattern("(?m)^uk .*unchanged");

        for (String[] wrong : List.of(new String[] {"build", "no-such-issue"}, new String[] {"build", "-e", "xx"},
                new String[] {"build", "--jobs", "0"}, new String[] {"bulid"})) {
            Answer expected = direct(wrong);
            assertThat(expected.code()).as(String.join(" ", wrong)).isNotZero();
            assertThat(served(base, KEY, wrong)).as(String.join(" ", wrong)).isEqualTo(expected);
        }

        assertThat(served(base, "another folder's key", build))
                .as("another key: refused, and the launcher builds directly").isEqualTo(new Answer(Protocol.RUN_DIRECTLY, "", ""));

        assertThat(control(base, "restart"))
                .isEqualTo(new Answer(2, "", "aurora: server takes 'status' or 'stop', not 'restart'\n"));
        Answer status = control(base, "status");
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("build server pid " + server.pid(), "requests served: 6", "stops after 30 min idle", "MB resident");
        assertThat(control(base, "stop").out()).contains("stopped the build server");
        assertThat(server.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
        assertThat(BuildServer.addressFile(base)).doesNotExist();
        assertThat(control(base, "status")).isEqualTo(new Answer(1, "no build server runs for this folder\n", ""));
        assertThat(control(base, "stop")).isEqualTo(new Answer(0, "no build server runs for this folder\n", ""));
        assertThat(served(base, KEY, build)).as("no server: the launcher builds directly").isEqualTo(new Answer(Protocol.RUN_DIRECTLY, "", ""));
    }

    @Test
    void aClientStoppedMidBuildLeavesNoPartialFileAndOneWaitingIsToldSo() throws Exception {
        SampleWorkspace.copyTo(root);
        Path base = startServer();
        Path out = root.resolve("out");
        ClientScript.Run first = ClientScript.start(root, base, KEY, "build", SampleIssue.ID, "--force", "--jobs", "1", "--out", "out");
        await(() -> files(out).stream().anyMatch(f -> f.getFileName().toString().endsWith(PartialFile.SUFFIX)));

        ClientScript.Run second = ClientScript.start(root, base, KEY, "editions");
        await(() -> second.err().contains("waiting for the build server"));
        Answer status = control(base, "status");
        assertThat(status.code()).as("status is answered while a build runs").isZero();
        assertThat(status.out()).contains("build server pid " + server.pid());

        first.process().destroy(); // TERM, as Ctrl-C's INT: the client asks the server to cancel, and waits
        assertThat(first.process().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).as("stopped, as a direct run is by TERM").isEqualTo(143);
        assertThat(server.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the server stops with the cancelled build").isTrue();
        assertThat(files(out)).as("no partial file").noneMatch(f -> f.getFileName().toString().endsWith(PartialFile.SUFFIX));
        for (Path pdf : files(out).stream().filter(f -> f.toString().endsWith(".pdf")).toList()) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).as(pdf + " is whole").isPositive();
            }
        }
        assertThat(second.process().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(second.process().exitValue()).as("the waiting client builds directly").isEqualTo(Protocol.RUN_DIRECTLY);
        assertThat(second.err()).contains("the build server stopped before the build finished");
        assertThat(BuildServer.addressFile(base)).doesNotExist();
    }

    private record Answer(int code, String out, String err) {
    }

    /** The server as the launcher starts it: in the workspace's folder, with its environment. */
    private Path startServer() throws IOException, InterruptedException {
        Path base = root.resolve("server");
        ProcessBuilder builder = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Daurora.home=" + root, "-cp", System.getProperty("java.class.path"), BuildServer.class.getName(), base.toString(), KEY)
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(root.resolve("server.log").toFile());
        builder.environment().putAll(ENVIRONMENT);
        server = builder.start();
        await(() -> Files.exists(BuildServer.addressFile(base)));
        return base;
    }

    private Answer served(Path base, String key, String... args) throws IOException, InterruptedException {
        ClientScript.Run run = ClientScript.start(root, base, key, args);
        assertThat(run.process().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return new Answer(run.process().exitValue(), run.out(), run.err());
    }

    /** {@code aurora server ARGS} as the launcher runs it. */
    private Answer control(Path base, String... args) throws IOException, InterruptedException {
        ClientScript.Run run = ClientScript.startControl(root, base, KEY, args);
        assertThat(run.process().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return new Answer(run.process().exitValue(), run.out(), run.err());
    }

    /** The same command line in a process of its own, in the same folder with the same environment. */
    private Answer direct(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Daurora.home=" + root, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(root, "direct", ".out");
        Path err = Files.createTempFile(root, "direct", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(ENVIRONMENT);
        Process process = builder.start();
        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        // The test class path carries slf4j-api without a provider (a test library's), which says so on a process's
        // first log call; the program's jar has no SLF4J. A server said it once, to its log.
        String errors = Files.readString(err).replaceAll("(?m)^SLF4J: .*\\R", "");
        Answer answer = new Answer(process.exitValue(), Files.readString(out), errors);
        Files.delete(out);
        Files.delete(err);
        return answer;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // a partial file renamed or deleted while listed: look again
        }
    }

    private void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + PATIENCE + "; server log:\n" + log()).isLessThan(deadline);
            assertThat(server.isAlive()).as("the server runs; its log:\n" + log()).isTrue();
            Thread.sleep(20);
        }
    }

    private String log() {
        try {
            return Files.readString(root.resolve("server.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
