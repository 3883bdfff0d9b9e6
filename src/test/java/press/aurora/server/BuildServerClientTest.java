package press.aurora.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's client ({@link ClientScript}) against a peer of this test that answers as the build server's
 * protocol says, with chosen bytes: what the client relays is byte for byte what the server printed, its exit code
 * is the server's, and whenever no server answers properly it says so with exit 75 (the launcher builds directly).
 */
class BuildServerClientTest {

    @TempDir
    Path folder;

    @Test
    void relaysEveryByteOnItsStreamAndExitsWithTheServersCode() throws Exception {
        byte[] progress = "\ruk  FOP 0.4 s\u001b[K".getBytes(StandardCharsets.UTF_8);
        byte[] line = "fa  ۴ of ۴ pages  ٪۹۱ \\n not a newline, \\c not an end, %s %b \\0101 \\x41\n".getBytes(StandardCharsets.UTF_8);
        byte[] odd = {'a', 0, 'b', '\\', '\n', '\n', (byte) 0xff};
        byte[] warning = "issues/x/a.md:3:1: warning: \\ back\\slash\n".getBytes(StandardCharsets.UTF_8);
        Peer peer = Peer.listening(folder, out -> {
            out.write(Protocol.line(Protocol.STDOUT, progress, 0, progress.length));
            out.write(Protocol.line(Protocol.STDERR, warning, 0, warning.length));
            out.write(Protocol.line(Protocol.STDOUT, line, 0, line.length));
            out.write(Protocol.line(Protocol.STDOUT, odd, 0, odd.length));
            out.write(Protocol.line(Protocol.EXIT, "7".getBytes(StandardCharsets.US_ASCII), 0, 1));
        });
        List<String> args = List.of("build", "-e", "fa", "", "two words", "line\nbreak", "ünï\\cöde");

        ClientScript.Run run = ClientScript.start(folder, peer.base(), "the key", args.toArray(String[]::new));

        assertThat(run.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run.process().exitValue()).isEqualTo(7);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(progress);
        expected.writeBytes(line);
        expected.writeBytes(odd);
        assertThat(Files.readAllBytes(run.stdout())).isEqualTo(expected.toByteArray());
        assertThat(Files.readAllBytes(run.stderr())).isEqualTo(warning);
        Protocol.Request request = peer.request().get(30, TimeUnit.SECONDS);
        assertThat(request).isEqualTo(new Protocol.Request(peer.address().token(), "the key", false, args));
    }

    @Test
    void aRefusalOrAServerThatStopsHalfWayLeavesTheBuildToTheLauncher() throws Exception {
        Peer refusing = Peer.listening(folder, out -> out.write(Protocol.line(Protocol.REFUSED, new byte[] {'n', 'o'}, 0, 2)));
        ClientScript.Run refused = ClientScript.start(folder, refusing.base(), "k", "build");
        assertThat(refused.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.process().exitValue()).isEqualTo(Protocol.RUN_DIRECTLY);
        assertThat(refused.out() + refused.err()).isEmpty();

        Path other = Files.createDirectory(folder.resolve("other"));
        byte[] started = "uk  building\n".getBytes(StandardCharsets.UTF_8);
        Peer stopping = Peer.listening(other, out -> out.write(Protocol.line(Protocol.STDOUT, started, 0, started.length)));
        ClientScript.Run stopped = ClientScript.start(other, stopping.base(), "k", "build");
        assertThat(stopped.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stopped.process().exitValue()).isEqualTo(Protocol.RUN_DIRECTLY);
        assertThat(stopped.out()).isEqualTo("uk  building\n");
        assertThat(stopped.err()).isEqualTo("aurora: the build server stopped before the build finished (its log: "
                + stopping.base() + ".log); building directly\n");
    }

    @Test
    void anAddressFileOfAServerThatIsGoneIsNotUsed() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        try (ServerSocket stranger = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path base = folder.resolve("gone");
            new ServerAddress(stranger.getLocalPort(), "secret", ended.pid()).writeTo(BuildServer.addressFile(base));
            ClientScript.Run run = ClientScript.start(folder, base, "k", "build");
            assertThat(run.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(run.process().exitValue()).isEqualTo(Protocol.RUN_DIRECTLY);
            assertThat(run.out() + run.err()).isEmpty();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(BuildServer.addressFile(folder.resolve("gone")))))
                .as("only its owner can read the token").isEqualTo("rw-------");

        ClientScript.Run none = ClientScript.start(folder, folder.resolve("never"), "k", "build");
        assertThat(none.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(none.process().exitValue()).isEqualTo(Protocol.RUN_DIRECTLY);
        assertThat(none.out() + none.err()).isEmpty();
    }

    private interface Answer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One connection answered as a build server would, by this test's process (its pid is alive). */
    private record Peer(Path base, ServerAddress address, CompletableFuture<Protocol.Request> request) {

        static Peer listening(Path folder, Answer answer) throws IOException {
            ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            ServerAddress address = ServerAddress.listeningOn(listener.getLocalPort());
            Path base = folder.resolve("peer");
            address.writeTo(BuildServer.addressFile(base));
            CompletableFuture<Protocol.Request> request = CompletableFuture.supplyAsync(() -> {
                try (listener; Socket client = listener.accept()) {
                    OutputStream out = client.getOutputStream();
                    out.write("AUR2\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Protocol.Request received = Protocol.Request.readFrom(client.getInputStream(), StandardCharsets.UTF_8);
                    answer.writeTo(out);
                    out.flush();
                    return received;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return new Peer(base, address, request);
        }
    }
}
