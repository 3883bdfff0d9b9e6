package press.aurora.server;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The launcher's side of the build server: sends the command line, relays what the server prints to this
 * process's stdout and stderr, and exits with the server's exit code. Ctrl-C (or any end of this process)
 * before the exit code cancels the build and waits, briefly, until the server has removed its partial
 * files. When no server can take the request it exits with {@link Protocol#RUN_DIRECTLY}, and the launcher
 * runs the command itself. It loads nothing but java.base: it has to start in a few tens of milliseconds.
 *
 * <p>Usage: {@code Client SOCKET KEY ARGS...}
 */
public final class Client {

    /** How long a cancelled client waits for the server to stop the build and clean up. */
    private static final long CANCEL_PATIENCE_MILLIS = 5000;

    private final SocketChannel channel;
    private final Path log;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean cancelled;
    private volatile boolean answered;

    private Client(SocketChannel channel, Path socket) {
        this.channel = channel;
        String name = socket.getFileName().toString();
        this.log = socket.resolveSibling(name.replaceFirst("\\.sock$", "") + ".log");
    }

    /** Connects to the server listening on {@code socket}. */
    public static Client connect(Path socket) throws IOException {
        return new Client(SocketChannel.open(UnixDomainSocketAddress.of(socket)), socket);
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Client SOCKET KEY ARGS...");
            System.exit(2);
        }
        List<String> command = Arrays.asList(args).subList(2, args.length);
        boolean control = !command.isEmpty() && command.get(0).equals("server");
        if (control && Protocol.controlError(command) != null) {
            System.err.println(Protocol.controlError(command));
            System.exit(2);
        }
        Client client;
        try {
            client = connect(Path.of(args[0]));
        } catch (IOException e) {
            System.exit(control ? noServer(command) : Protocol.RUN_DIRECTLY);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(client::cancel, "cancel"));
        int code = client.request(args[1], System.console() != null, command, System.out, System.err);
        System.exit(control && code == Protocol.RUN_DIRECTLY ? noServer(command) : code);
    }

    /** What {@code aurora server status|stop} says when no server runs for this folder. */
    private static int noServer(List<String> command) {
        System.out.println("no build server runs for this folder");
        return command.size() > 1 && command.get(1).equals("status") ? 1 : 0;
    }

    /**
     * Runs {@code args} on the server; returns its exit code, or {@link Protocol#RUN_DIRECTLY} when it refused
     * the request or stopped before answering (saying so on {@code err} when it had printed something already).
     */
    public int request(String key, boolean console, List<String> args, OutputStream out, OutputStream err) {
        boolean relayed = false;
        try {
            new Protocol.Request(key, console, args).writeTo(new DataOutputStream(Channels.newOutputStream(channel)));
            DataInputStream in = new DataInputStream(new BufferedInputStream(new Protocol.ChannelInput(channel)));
            while (true) {
                byte type = in.readByte();
                switch (type) {
                    case Protocol.STDOUT, Protocol.STDERR -> {
                        byte[] bytes = in.readNBytes(in.readInt());
                        OutputStream to = type == Protocol.STDOUT ? out : err;
                        to.write(bytes);
                        to.flush();
                        relayed = true;
                    }
                    case Protocol.EXIT -> {
                        int code = in.readInt();
                        answered = true;
                        return code;
                    }
                    case Protocol.REFUSED -> {
                        in.readUTF();
                        answered = true;
                        return Protocol.RUN_DIRECTLY;
                    }
                    default -> throw new IOException("unknown frame " + type);
                }
            }
        } catch (EOFException e) {
            return stopped(relayed, err);
        } catch (IOException e) {
            return cancelled ? Protocol.RUN_DIRECTLY : stopped(relayed, err);
        } finally {
            ended.countDown();
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing is all that was left to do
            }
        }
    }

    private int stopped(boolean relayed, OutputStream err) {
        if (relayed && !cancelled) {
            PrintStream text = new PrintStream(err, true);
            text.println("aurora: the build server stopped before the build finished (its log: " + log + "); building directly");
        }
        return Protocol.RUN_DIRECTLY;
    }

    /**
     * Cancels the request unless it was answered: closes this side of the connection, which tells the server
     * to stop the build, and waits until the server has closed its side (its partial files are deleted then).
     */
    public void cancel() {
        if (answered || ended.getCount() == 0) {
            return;
        }
        cancelled = true;
        try {
            channel.shutdownOutput();
            ended.await(CANCEL_PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            // the connection is gone already: so is the request
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
