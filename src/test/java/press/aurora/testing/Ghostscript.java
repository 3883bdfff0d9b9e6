package press.aurora.testing;

import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Ghostscript, as a printer's RIP reads a print PDF: every page rendered to CMYK separations
 * ({@code tiff32nc}), with whatever gs says about the file (it says nothing about a sound one).
 */
public final class Ghostscript {

    /** What gs made of a PDF: its pages, the highest total ink (C+M+Y+K, percent) of any pixel, and its messages. */
    public record Rendering(int pages, double maxTotalInkPercent, String messages) {
    }

    private Ghostscript() {
    }

    /** Whether {@code gs} can be run; .ci/run installs it (Debian package ghostscript). */
    public static boolean installed() {
        return ExternalTool.installed("gs", "--version");
    }

    /** Renders every page of {@code pdf} at {@code dpi} into {@code folder} and measures the ink. */
    public static Rendering renderCmyk(Path pdf, int dpi, Path folder) {
        try {
            Files.createDirectories(folder);
            ExternalTool.Output gs = ExternalTool.run("gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiff32nc",
                    "-r" + dpi, "-o", folder.resolve("page-%d.tif").toString(), pdf.toString());
            String messages = gs.text();
            if (gs.exitCode() != 0) {
                throw new IllegalStateException("gs failed on " + pdf + ": " + messages);
            }
            List<Path> pages;
            try (Stream<Path> files = Files.list(folder)) {
                pages = files.filter(f -> f.getFileName().toString().startsWith("page-")).toList();
            }
            double max = 0;
            for (Path page : pages) {
                max = Math.max(max, maxTotalInk(page));
            }
            return new Rendering(pages.size(), max, messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double maxTotalInk(Path tiff) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input);
                Raster raster = reader.read(0).getRaster();
                if (raster.getNumBands() != 4) {
                    throw new IllegalStateException(tiff + " is not CMYK: " + raster.getNumBands() + " bands");
                }
                int width = raster.getWidth();
                int[] row = new int[width * 4];
                int max = 0;
                for (int y = 0; y < raster.getHeight(); y++) {
                    raster.getPixels(0, y, width, 1, row);
                    for (int i = 0; i < row.length; i += 4) {
                        max = Math.max(max, row[i] + row[i + 1] + row[i + 2] + row[i + 3]);
                    }
                }
                return max * 100.0 / 255;
            } finally {
                reader.dispose();
            }
        }
    }
}
