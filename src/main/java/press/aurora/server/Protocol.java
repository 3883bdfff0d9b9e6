package press.aurora.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the launcher's client ({@code src/main/bash/build-server-client.bash}, plain bash: a served build
 * starts no second JVM) and the build server say to each other over a TCP connection on the loopback
 * address. The server greets with the line {@code AUR2}. The client sends one {@link Request}: fields
 * each ended by a NUL byte. The server answers with lines, each a type letter and its text: output for
 * stdout ({@code o}) or stderr ({@code e}) as it is printed, then the exit code ({@code x}), or a refusal
 * ({@code r}: this server does not serve that request, and the client builds directly). Output text is
 * escaped so that bash's {@code printf '%b'} gives back its bytes: backslash, newline and NUL as
 * {@code \\}, {@code \n} and {@code \0000}. Anything the client sends after its request (a byte, or
 * closing the connection) cancels the build.
 */
final class Protocol {

    /** The server's first line, and the first field of every request: another version of the protocol is refused. */
    static final String VERSION = "AUR2";

    static final byte STDOUT = 'o';
    static final byte STDERR = 'e';
    static final byte EXIT = 'x';
    static final byte REFUSED = 'r';

    /** The client's exit code that tells the launcher to run the command directly. */
    static final int RUN_DIRECTLY = 75;

    /** The longest field of a request, in bytes; the most arguments. */
    private static final int MAX_FIELD = 1 << 16;
    private static final int MAX_ARGUMENTS = 10_000;

    private Protocol() {
    }

    /**
     * One command line to run: {@code token} proves the client may (it can read the server's address file),
     * {@code key} names what the server must serve (program, workspace, working folder, environment; the
     * launcher makes it), {@code console} whether the client's stdin and stdout are a terminal (then a build
     * draws its live progress lines).
     */
    record Request(String token, String key, boolean console, List<String> args) {

        Request {
            args = List.copyOf(args);
        }

        /** The request: version, token, key, console ("1" or "0"), the number of arguments, the arguments. */
        static Request readFrom(InputStream in, Charset charset) throws IOException {
            if (!VERSION.equals(field(in, charset))) {
                return null;
            }
            String token = field(in, charset);
            String key = field(in, charset);
            String console = field(in, charset);
            String count = field(in, charset);
            if (token == null || key == null || console == null || count == null || !count.matches("\\d{1,5}")
                    || Integer.parseInt(count) > MAX_ARGUMENTS) {
                return null;
            }
            List<String> args = new ArrayList<>();
            for (int i = Integer.parseInt(count); i > 0; i--) {
                String arg = field(in, charset);
                if (arg == null) {
                    return null;
                }
                args.add(arg);
            }
            return new Request(token, key, console.equals("1"), args);
        }

        /** The bytes up to the next NUL, or null when the stream ends first or the field is too long. */
        private static String field(InputStream in, Charset charset) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0; b = in.read()) {
                if (b < 0 || bytes.size() == MAX_FIELD) {
                    return null;
                }
                bytes.write(b);
            }
            return bytes.toString(charset);
        }
    }

    /** One line of the answer: {@code type}, then {@code length} bytes of output escaped for {@code printf '%b'}. */
    static byte[] line(byte type, byte[] bytes, int offset, int length) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(length + 16);
        line.write(type);
        for (int i = offset; i < offset + length; i++) {
            switch (bytes[i]) {
                case '\\' -> line.writeBytes(new byte[] {'\\', '\\'});
                case '\n' -> line.writeBytes(new byte[] {'\\', 'n'});
                case 0 -> line.writeBytes(new byte[] {'\\', '0', '0', '0', '0'});
                default -> line.write(bytes[i]);
            }
        }
        line.write('\n');
        return line.toByteArray();
    }
}
