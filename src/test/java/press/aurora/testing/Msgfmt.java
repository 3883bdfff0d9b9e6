package press.aurora.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GNU msgfmt -c --statistics, when it is installed (CI installs gettext: .ci/run). */
public final class Msgfmt {

    public static final String MISSING = "msgfmt not installed: install GNU gettext (apt-get install gettext) to check PO files against it";
    private static final Pattern TRANSLATED = Pattern.compile("(\\d+) translated messages?\\b");
    private static final Pattern FUZZY = Pattern.compile("(\\d+) fuzzy translations?\\b");
    private static final Pattern UNTRANSLATED = Pattern.compile("(\\d+) untranslated messages?\\b");

    /** msgfmt's exit code, standard error and counts (translated, fuzzy, untranslated). */
    public record Run(int exitCode, String stderr, int translated, int fuzzy, int untranslated) {
    }

    private Msgfmt() {
    }

    public static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "msgfmt");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Run check(Path msgfmt, Path po) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(msgfmt.toString(), "-c", "--statistics", "-o", "/dev/null", po.toString());
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("LANGUAGE");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("msgfmt did not finish on " + po);
        }
        String line = stderr.lines().filter(l -> TRANSLATED.matcher(l).find()).reduce((a, b) -> b).orElse("");
        return new Run(process.exitValue(), stderr, count(TRANSLATED, line), count(FUZZY, line), count(UNTRANSLATED, line));
    }

    private static int count(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
