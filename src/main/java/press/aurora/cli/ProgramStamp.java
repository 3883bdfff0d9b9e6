package press.aurora.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What identifies the running program for a build's fingerprint: its version, for the jar its size and
 * time, since a rebuilt jar of the same version may write other PDFs, and the Java runtime, whose colour
 * management rewrites the headers of the ICC profiles FOP embeds (Debian's JDK 17 and Temurin's JDK 25
 * write other bytes for the same output intent).
 * Run from classes (tests, an IDE) it is the version and the runtime.
 */
final class ProgramStamp {

    private ProgramStamp() {
    }

    static String current() {
        String program = VersionProvider.version() + " on Java " + VersionProvider.runtime();
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return program + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (URISyntaxException | java.io.IOException | SecurityException | NullPointerException e) {
            // no jar to describe: the version and the runtime are all there is
        }
        return program;
    }
}
