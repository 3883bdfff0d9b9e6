package press.aurora.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.preflight.ImageInk;
import press.aurora.preflight.ImageInkCache;

/** The ink figures kept between builds: measured once, read back by the next build, measured again when the file is spoilt. */
class ImageInkFilesTest {

    @TempDir
    Path dir;

    private static final String KEY = "ab3c29165a4f46aee490cd2e4e1e6713c5d71d697d7210d8b1cc2914ec338c48";
    private static final ImageInk DARK = new ImageInk(287.45098039215685, true);

    private final AtomicInteger measured = new AtomicInteger();

    private ImageInkCache.Measure measuring(ImageInk ink) {
        return () -> {
            measured.incrementAndGet();
            return ink;
        };
    }

    @Test
    void theNextBuildReadsTheFigureInsteadOfMeasuring() throws IOException {
        assertThat(new ImageInkFiles(dir).inkOf(KEY, measuring(DARK))).isEqualTo(DARK);
        assertThat(new ImageInkFiles(dir).inkOf(KEY, measuring(new ImageInk(0, false)))).isEqualTo(DARK);
        assertThat(measured).hasValue(1);
        assertThat(dir.resolve(KEY)).hasContent("287.45098039215685 colour");
    }

    @Test
    void aSpoiltFileIsMeasuredAgainAndRewritten() throws IOException {
        Files.writeString(dir.resolve(KEY), "lots of ink\n");

        assertThat(new ImageInkFiles(dir).inkOf(KEY, measuring(DARK))).isEqualTo(DARK);
        assertThat(measured).hasValue(1);
        assertThat(dir.resolve(KEY)).hasContent("287.45098039215685 colour");
    }

    @Test
    void aFailedMeasurementIsNotRemembered() throws IOException {
        ImageInkFiles cache = new ImageInkFiles(dir);
        assertThatThrownBy(() -> cache.inkOf(KEY, () -> {
            throw new IOException("broken image stream");
        })).hasMessage("broken image stream");

        assertThat(cache.inkOf(KEY, measuring(DARK))).isEqualTo(DARK);
        assertThat(measured).hasValue(1);
    }

    @Test
    void aFolderThatCannotBeWrittenStillGivesTheFigure() throws IOException {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "");

        assertThat(new ImageInkFiles(file).inkOf(KEY, measuring(DARK))).isEqualTo(DARK);
    }
}
