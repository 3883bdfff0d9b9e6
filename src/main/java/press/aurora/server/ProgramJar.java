package press.aurora.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The jar this process runs from, as it was when the process started: when it is rebuilt (another size or
 * time), the running code is not the program any more, and the server stops. Run from classes (tests) there
 * is no jar, and nothing changes.
 */
record ProgramJar(Path path, String identity) {

    static ProgramJar current() {
        try {
            Path code = Path.of(ProgramJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? new ProgramJar(code, identity(code)) : new ProgramJar(null, "");
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return new ProgramJar(null, "");
        }
    }

    boolean changed() {
        return path != null && !identity.equals(identity(path));
    }

    private static String identity(Path jar) {
        try {
            return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }
}
