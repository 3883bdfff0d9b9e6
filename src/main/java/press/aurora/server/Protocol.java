package press.aurora.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * What the client and the build server say to each other over the socket. The client sends one
 * {@link Request}; the server answers with frames: output for stdout or stderr as it is printed, then
 * the exit code, or a refusal (this server does not serve that request: the client builds directly).
 * The client closing its side before the exit code cancels the build. Uses java.base only, so the
 * client loads nothing else.
 */
final class Protocol {

    /** "AUR1": the first word of every request; another version of the protocol is refused. */
    static final int MAGIC = 0x41555231;

    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;

    /** The client's exit code that tells the launcher to run the command directly. */
    static final int RUN_DIRECTLY = 75;

    private Protocol() {
    }

    /** What is wrong with {@code aurora server ...} ({@code args} from "server" on), or null when it is status or stop. */
    static String controlError(List<String> args) {
        if (args.size() == 2 && (args.get(1).equals("status") || args.get(1).equals("stop"))) {
            return null;
        }
        String given = String.join(" ", args.subList(1, args.size()));
        return "aurora: server takes 'status' or 'stop'" + (given.isEmpty() ? "" : ", not '" + given + "'");
    }

    /**
     * One command line to run: {@code key} names what the server must serve (program, workspace, working
     * folder, environment; the launcher makes it), {@code console} whether the client's stdin and stdout
     * are a terminal (then a build draws its live progress lines).
     */
    record Request(String key, boolean console, List<String> args) {

        Request {
            args = List.copyOf(args);
        }

        void writeTo(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeUTF(key);
            out.writeBoolean(console);
            out.writeInt(args.size());
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
        }

        /** The request, or null when the bytes are not one of this protocol. */
        static Request readFrom(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) {
                return null;
            }
            String key = in.readUTF();
            boolean console = in.readBoolean();
            int count = in.readInt();
            if (count < 0 || count > 10_000) {
                return null;
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(in.readUTF());
            }
            return new Request(key, console, args);
        }
    }

    /**
     * Reads a socket channel as a stream without {@code Channels.newInputStream}, whose reads hold the
     * channel's blocking lock and would keep the other side's frames (or a cancel) from going out meanwhile.
     */
    static final class ChannelInput extends InputStream {

        private final SocketChannel channel;
        private final ByteBuffer one = ByteBuffer.allocate(1);

        ChannelInput(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            one.clear();
            int n;
            do {
                n = channel.read(one);
            } while (n == 0);
            return n < 0 ? -1 : one.get(0) & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int n;
            do {
                n = channel.read(ByteBuffer.wrap(bytes, offset, length));
            } while (n == 0);
            return n;
        }
    }
}
