package press.aurora.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.diag.ContentException;

class EditionsLoaderTest {

    @TempDir
    Path styles;

    private static final String UK = """
            editions:
              uk:
                name: United Kingdom
                country: GB
                locale: en-GB
                language: en
                paper: A3
                pages: 2
                page-multiple: 2
                price: free
                contact:
                  - uk@leftcom.org
            """;

    private Path write(String yaml) throws IOException {
        Files.createDirectories(styles.resolve("icc"));
        Files.write(styles.resolve("icc/ISOcoated_v2_300_bas.icc"), new byte[] {0});
        Path file = styles.resolve("editions.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void readsTheRepositorysEditions() {
        List<Edition> editions = EditionsLoader.load(Path.of("styles/editions.yaml"));
        assertThat(editions).extracting(Edition::id).containsExactly("uk", "us", "ca-en", "ca-fr", "fr", "it", "co", "fa");
        assertThat(editions).extracting(Edition::languageTag)
                .containsExactly("en-GB", "en-US", "en-CA", "fr-CA", "fr-FR", "it-IT", "es-CO", "fa-IR");
        Edition uk = editions.get(0);
        assertThat(uk.print().bleedMm()).isEqualTo(3);
        assertThat(uk.print().cropMarks()).isTrue();
        assertThat(uk.print().standard()).isEqualTo(PdfStandard.PDF_X_4);
        assertThat(uk.paper().columns()).isEqualTo(5);
        assertThat(editions.get(2).paper().columns()).isEqualTo(3);
    }

    @Test
    void anUnknownKeyNamesItsLineAndTheAllowedKeys() throws IOException {
        Path file = write(UK.replace("    paper: A3", "    papr: A3"));
        assertThatThrownBy(() -> EditionsLoader.load(file)).isInstanceOf(ContentException.class)
                .hasMessageContaining("editions.yaml:7:5: error: unknown key 'papr' (allowed: bleed, contact, country,");
    }

    @Test
    void printSettingsAreReadAndChecked() throws IOException {
        Edition edition = EditionsLoader.load(write(UK + "    bleed: 5\n    crop-marks: false\n    pdf-standard: PDF/X-3\n")).get(0);
        assertThat(edition.print().bleedMm()).isEqualTo(5);
        assertThat(edition.print().cropMarks()).isFalse();
        assertThat(edition.print().standard().fopMode()).isEqualTo("PDF/X-3:2003");

        assertThatThrownBy(() -> EditionsLoader.load(write(UK + "    pdf-standard: PDF/X-1a\n")))
                .hasMessageContaining("pdf-standard must be PDF/X-4 or PDF/X-3, not 'PDF/X-1a'");
        assertThatThrownBy(() -> EditionsLoader.load(write(UK + "    icc-profile: icc/newsprint.icc\n")))
                .hasMessageContaining("ICC profile not found: icc/newsprint.icc");
    }

    @Test
    void pagesMustBeAMultipleOfThePageMultiple() throws IOException {
        assertThatThrownBy(() -> EditionsLoader.load(write(UK.replace("pages: 2", "pages: 3"))))
                .hasMessageContaining(":8:").hasMessageContaining("pages must be a positive multiple of 2, not 3");
    }

    @Test
    void aBadLocaleOrPaperIsNamed() throws IOException {
        assertThatThrownBy(() -> EditionsLoader.load(write(UK.replace("locale: en-GB", "locale: english"))))
                .hasMessageContaining("locale must be a BCP 47 tag such as en-GB, not 'english'");
        assertThatThrownBy(() -> EditionsLoader.load(write(UK.replace("paper: A3", "paper: A5"))))
                .hasMessageContaining("unknown paper 'A5' (allowed: A3, A4, tabloid, letter, or WIDTHxHEIGHT in mm)");
    }

    @Test
    void aDuplicateEditionIsAnError() throws IOException {
        assertThatThrownBy(() -> EditionsLoader.load(write(UK + UK.replace("editions:\n", ""))))
                .hasMessageContaining("duplicate key 'uk'");
    }

    @Test
    void pagesMayBeARangeInStepsOfThePageMultiple() throws IOException {
        Edition uk = EditionsLoader.load(write(UK.replace("    pages: 2\n", "    pages: 2-6\n"))).get(0);
        assertThat(uk.pageCounts()).containsExactly(2, 4, 6);
        assertThat(uk.pagesAllowed()).isEqualTo("2-6");
        assertThat(uk.withPages(4).pages()).isEqualTo(4);
    }

    @Test
    void aPageRangeOutOfOrderOrOffTheMultipleNamesItsLine() throws IOException {
        assertThatThrownBy(() -> EditionsLoader.load(write(UK.replace("    pages: 2\n", "    pages: 4-2\n"))))
                .hasMessageContaining("editions.yaml:8:5: error: a page range goes from the fewest to the most pages, not '4-2'");
        assertThatThrownBy(() -> EditionsLoader.load(write(UK.replace("    pages: 2\n", "    pages: 2-5\n"))))
                .hasMessageContaining("editions.yaml:8:5: error: pages must be a positive multiple of 2, not 5");
    }
}
