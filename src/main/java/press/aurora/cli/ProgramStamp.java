package press.aurora.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What identifies the running program for a build's fingerprint: its version, and for the jar its size
 * and time, since a rebuilt jar of the same version may write other PDFs. Run from classes (tests,
 * an IDE) it is the version alone.
 */
final class ProgramStamp {

    private ProgramStamp() {
    }

    static String current() {
        String version = VersionProvider.version();
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (URISyntaxException | java.io.IOException | SecurityException | NullPointerException e) {
            // no jar to describe: the version is all there is
        }
        return version;
    }
}
