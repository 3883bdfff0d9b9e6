package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import press.aurora.model.ImageFile;
import press.aurora.diag.SourcePosition;
import press.aurora.testing.TestImages;

/** A phone's photo is stored as the sensor read it; the EXIF orientation says how it stands, and it is printed so. */
class ExifOrientationTest {

    @TempDir
    Path temp;

    /**
     * Stored 3 x 2 grey pixels, numbered in reading order:
     * <pre>
     * 1 2 3
     * 4 5 6
     * </pre>
     * and the picture each orientation means, in reading order (TIFF 6.0, tag 274).
     */
    @ParameterizedTest
    @CsvSource({"1, 3, 123456", "2, 3, 321654", "3, 3, 654321", "4, 3, 456123",
        "5, 2, 142536", "6, 2, 415263", "7, 2, 635241", "8, 2, 362514"})
    void eachOrientationStandsThePictureUpAsTheCameraSaid(int orientation, int width, String upright) {
        Pixels stored = new Pixels(Pixels.Channels.GREY, 3, 2, new byte[] {1, 2, 3, 4, 5, 6}, null);
        Pixels turned = ExifOrientation.upright(stored, orientation);
        StringBuilder read = new StringBuilder();
        for (byte b : turned.samples()) {
            read.append(b);
        }
        assertThat(turned.width()).isEqualTo(width);
        assertThat(turned.height()).isEqualTo(6 / width);
        assertThat(read.toString()).isEqualTo(upright);
    }

    @Test
    void aPhotoStoredOnItsSideIsIdentifiedAndDecodedStandingUp() throws IOException {
        Path photo = TestImages.phonePhoto(temp.resolve("IMG_2041.JPG"), 600, 300, 6);
        assertThat(ExifOrientation.of(photo)).isEqualTo(6);

        ImageFile file = ImageIdentifier.identify(photo, "IMG_2041.JPG", SourcePosition.of(temp.resolve("a.md"), 1));
        assertThat(file.widthPx()).isEqualTo(300);
        assertThat(file.heightPx()).isEqualTo(600);

        Pixels pixels = ImageDecoder.decode(photo, 1);
        assertThat(pixels.width()).isEqualTo(300);
        assertThat(pixels.height()).isEqualTo(600);
        assertThat(red(pixels, 290, 10)).as("the stored top-left corner is now top right").isGreaterThan(150);
        assertThat(red(pixels, 10, 10)).isLessThan(60);
    }

    @Test
    void aFileWithoutExifOrWithADamagedBlockIsUpright() throws IOException {
        assertThat(ExifOrientation.of(TestImages.srgbJpeg(temp.resolve("plain.jpg"), 40, 30))).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(TestImages.greyPng(temp.resolve("grey.png"), 40, 30))).isEqualTo(ExifOrientation.UPRIGHT);
        Path damaged = TestImages.phonePhoto(temp.resolve("damaged.jpg"), 40, 30, 6);
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[17] = 127; // the directory's offset now points far past the block
        Files.write(damaged, bytes);
        assertThat(ExifOrientation.of(damaged)).isEqualTo(ExifOrientation.UPRIGHT);
    }

    @Test
    void aCameraFileWithItsExifBlockBeforeTheJfifMarkerIsDecoded() throws IOException {
        // Java's reader refuses the metadata of such a file ("JFIF APP0 must be first marker after SOI")
        Path plain = TestImages.srgbJpeg(temp.resolve("plain.jpg"), 60, 40);
        byte[] jpeg = Files.readAllBytes(plain);
        byte[] exif = Files.readAllBytes(TestImages.phonePhoto(temp.resolve("phone.jpg"), 8, 8, 1));
        int exifLength = 2 + ((exif[4] & 0xff) << 8 | exif[5] & 0xff);
        Path camera = temp.resolve("camera.jpg");
        try (java.io.OutputStream out = Files.newOutputStream(camera)) {
            out.write(jpeg, 0, 2);
            out.write(exif, 2, exifLength);
            out.write(jpeg, 2, jpeg.length - 2);
        }
        Pixels pixels = ImageDecoder.decode(camera, 1);
        assertThat(pixels.width()).isEqualTo(60);
        assertThat(pixels.height()).isEqualTo(40);
    }

    /** How much redder than blue the pixel is (0 for white or grey). */
    private static int red(Pixels rgb, int x, int y) {
        int i = (y * rgb.width() + x) * 3;
        return (rgb.samples()[i] & 0xff) - (rgb.samples()[i + 2] & 0xff);
    }
}
