package press.aurora.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** GNU msginit, when it is installed (CI installs gettext: .ci/run): what it writes for a language. */
public final class Msginit {

    public static final String MISSING = "msginit not installed: install GNU gettext (apt-get install gettext) to compare with it";

    private Msginit() {
    }

    public static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "msginit");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The PO file {@code msginit --no-translator} makes from the template for the language. */
    public static String init(Path msginit, Path template, String language) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(msginit.toString(), "--no-wrap", "--no-translator", "-l", language,
                "-i", template.toString(), "-o", "-");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("LANGUAGE");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("msginit did not finish for " + language);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("msginit failed for " + language + " (exit " + process.exitValue() + ")");
        }
        return out;
    }
}
