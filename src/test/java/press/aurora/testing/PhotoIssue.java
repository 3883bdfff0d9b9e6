package press.aurora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A short issue of the kind an editor sends on a busy night: one article with the five kinds of
 * picture from {@link TestImages} (the phone photo at full width under the headline, and a banner with
 * far more pixels than its column needs) and the back-page box.
 */
public final class PhotoIssue {

    public static final String ID = "2026-photos";

    private PhotoIssue() {
    }

    /** Writes the issue under {@code issues}; returns its folder. */
    public static Path writeTo(Path issues) {
        Path issue = issues.resolve(ID);
        Path photos = issue.resolve("photos");
        TestImages.srgbJpeg(photos.resolve("phone.jpg"), 2400, 1600);
        TestImages.transparentPng(photos.resolve("chart.png"), 900, 600);
        TestImages.greyPng(photos.resolve("grey.png"), 800, 500);
        TestImages.indexedGif(photos.resolve("map.gif"), 700, 500);
        TestImages.cmykJpeg(photos.resolve("cmyk.jpg"), 700, 500, 20, 60, 0, 10);
        TestImages.srgbJpeg(photos.resolve("banner.jpg"), 4000, 1000);
        try {
            Files.writeString(issue.resolve("issue.yaml"), """
                    number: 7
                    date: 2026-03-08
                    source-language: en
                    articles:
                      - file: strike.md
                        role: lead
                      - file: about.md
                        role: about
                    """);
            Files.writeString(issue.resolve("strike.md"), """
                    ---
                    title: Dockers walk out at dawn
                    kicker: Harbour strike
                    ---

                    ![Dockers at the harbour gate](photos/phone.jpg "The picket at the north gate at six in the morning"){width=full}
                    Photo: a reader's phone

                    The night shift stopped the cranes at five and the morning shift never started them again.

                    ![A chart of wages](photos/chart.png "Wages against prices since 2019")
                    Chart: the strike committee

                    ![A grey photo](photos/grey.png "The gate in grey")

                    ![A map of the harbour](photos/map.gif "Where the pickets stand")

                    ![A printed poster](photos/cmyk.jpg "The poster, already separated")
                    Poster: the print shop

                    ![A banner across the gate](photos/banner.jpg "The banner: far more pixels than a column needs")

                    Pickets stood at every gate until the evening, when the committee met in the canteen.
                    """);
            Files.writeString(issue.resolve("about.md"), """
                    ---
                    title: About this paper
                    ---

                    Written and printed by its readers.
                    """);
            return issue;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
