package press.aurora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** poppler's {@code pdfimages -list}: an independent reader's view of the images in a PDF. */
public final class PdfImages {

    /** One row of {@code pdfimages -list}. */
    public record Row(int page, String type, int width, int height, String color) {
    }

    private PdfImages() {
    }

    public static List<Row> list(Path pdf) {
        try {
            Process process = new ProcessBuilder("pdfimages", "-list", pdf.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pdfimages failed: " + out);
            }
            return out.lines().skip(2).map(line -> line.strip().split("\\s+"))
                    .map(f -> new Row(Integer.parseInt(f[0]), f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("pdfimages (poppler-utils) is needed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
