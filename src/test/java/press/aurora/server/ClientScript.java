package press.aurora.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The launcher's client of the build server, {@code src/main/bash/build-server-client.bash}, run by bash as the
 * launcher runs it (sourced, then one of its functions called), its output going to files.
 */
final class ClientScript {

    static final Path SCRIPT = Path.of("src/main/bash/build-server-client.bash").toAbsolutePath();

    private ClientScript() {
    }

    /** A client running: its process, and what it printed so far. */
    record Run(Process process, Path stdout, Path stderr) {

        String out() {
            return read(stdout);
        }

        String err() {
            return read(stderr);
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code aurora_serve BASE KEY ARGS...} in {@code folder}: a command for the server whose address file is BASE.port. */
    static Run start(Path folder, Path base, String key, String... args) throws IOException {
        return run(folder, "aurora_serve", base, key, args);
    }

    /** {@code aurora_server_control BASE KEY ARGS...}: {@code aurora server ARGS}. */
    static Run startControl(Path folder, Path base, String key, String... args) throws IOException {
        return run(folder, "aurora_server_control", base, key, args);
    }

    private static Run run(Path folder, String function, Path base, String key, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", ". \"$0\"; " + function + " \"$@\"", SCRIPT.toString(),
                base.toString(), key));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "client", ".out");
        Path err = Files.createTempFile(folder, "client", ".err");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Run(process, out, err);
    }
}
