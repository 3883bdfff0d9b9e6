package press.aurora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * LittleCMS's colour calculator ({@code transicc}, Debian package liblcms2-utils, installed by .ci/run): an
 * independent answer to "what CMYK does this profile give for this sRGB colour", relative colorimetric
 * with black point compensation.
 */
public final class Transicc {

    private Transicc() {
    }

    /** C, M, Y, K in percent. */
    public static double[] srgbToCmyk(Path profile, int r, int g, int b) {
        try {
            Process process = new ProcessBuilder("transicc", "-i", "*sRGB", "-o", profile.toString(), "-t1", "-b", "-n")
                    .redirectErrorStream(true).start();
            process.getOutputStream().write((r + " " + g + " " + b + "\n").getBytes(StandardCharsets.US_ASCII));
            process.getOutputStream().close();
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.matches("\\s*[0-9.]+( +[0-9.]+){3}\\s*")).toList();
            if (process.waitFor() != 0 || lines.isEmpty()) {
                throw new IllegalStateException("transicc gave no answer for " + r + " " + g + " " + b);
            }
            return Arrays.stream(lines.get(0).strip().split(" +")).mapToDouble(Double::parseDouble).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("transicc (Debian package liblcms2-utils) is needed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
