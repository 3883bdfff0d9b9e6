package press.aurora.image;

import java.awt.color.ICC_Profile;
import java.util.Objects;

/**
 * Decoded 8-bit pixels, interleaved, with the profile they are in: grey (1 byte: 0 black, 255 white),
 * RGB (3 bytes; no profile = sRGB) or CMYK (4 bytes of ink, 255 = full ink; no profile = the press's).
 * Transparency is already flattened onto white paper.
 */
record Pixels(Channels channels, int width, int height, byte[] samples, ICC_Profile profile) {

    enum Channels {
        GREY(1), RGB(3), CMYK(4);

        final int count;

        Channels(int count) {
            this.count = count;
        }
    }

    Pixels {
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(samples, "samples");
        if (samples.length != (long) width * height * channels.count) {
            throw new IllegalArgumentException("expected " + width + " x " + height + " x " + channels.count
                    + " samples, got " + samples.length);
        }
    }

    Pixels with(Channels newChannels, byte[] newSamples, ICC_Profile newProfile) {
        return new Pixels(newChannels, width, height, newSamples, newProfile);
    }
}
