package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import press.aurora.testing.CliRun;

/**
 * Command-line cases as data: each {@code src/test/resources/cli/*.case} file gives the arguments,
 * the exit code and the exact standard output and error. A new file is a new test. After a
 * deliberate change, rewrite them with {@code -Daurora.rewriteGoldens=true} and review the diff.
 */
class CliCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cli");

    static Stream<Path> cases() throws IOException {
        return Files.list(CASES).filter(p -> p.toString().endsWith(".case")).sorted();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void commandLineGivesTheExpectedOutputAndExitCode(Path file) throws IOException {
        String text = Files.readString(file);
        String header = text.substring(0, text.indexOf("--- stdout\n"));
        String args = header.lines().filter(l -> l.startsWith("args: ")).findFirst().orElseThrow().substring(6);
        CliRun run = CliRun.of(args.split(" "));
        String actual = header.replaceAll("(?m)^exit: .*$", "exit: " + run.exitCode())
                + "--- stdout\n" + run.out() + "--- stderr\n" + run.err();
        if (Boolean.getBoolean("aurora.rewriteGoldens")) {
            Files.writeString(file, actual);
        }
        assertThat(actual).as(file.toString()).isEqualTo(text);
    }
}
