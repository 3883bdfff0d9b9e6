package press.aurora.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.aurora.testing.AwkwardText;
import press.aurora.testing.JsonQuery;

class ManifestTest {

    private static final PackagedEdition UK =
            new PackagedEdition("uk", "en-GB", Path.of("out/uk.pdf"), 2, 297, 420, 3, "PDF/X-4");
    private static final PackagedEdition US =
            new PackagedEdition("us", "en-US", Path.of("out/us.pdf"), 2, 279.4, 431.8, 3, "PDF/X-4");
    private static final PackageRequest REQUEST = new PackageRequest("2017-11", Path.of("out"), List.of(UK, US),
            Instant.parse("2017-11-07T09:00:00.123Z"), "0.1.0");

    @Test
    void describesPackedAndFailedEditions() {
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

        String json = Manifest.json(REQUEST, List.of(
                new ManifestEntry.Packed(UK, sha, 81234),
                new ManifestEntry.Failed(US, "no print PDF at out/us.pdf")));

        assertThat(json).isEqualTo("""
                {
                  "issue": "2017-11",
                  "buildTime": "2017-11-07T09:00:00Z",
                  "programVersion": "0.1.0",
                  "editions": [
                    {
                      "edition": "uk",
                      "status": "packed",
                      "language": "en-GB",
                      "file": "uk.pdf",
                      "zip": "uk.zip",
                      "pages": 2,
                      "trimWidthMm": 297,
                      "trimHeightMm": 420,
                      "bleedMm": 3,
                      "pdfStandard": "PDF/X-4",
                      "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                      "bytes": 81234,
                      "buildTime": "2017-11-07T09:00:00Z",
                      "programVersion": "0.1.0"
                    },
                    {
                      "edition": "us",
                      "status": "failed",
                      "language": "en-US",
                      "reason": "no print PDF at out/us.pdf"
                    }
                  ]
                }
                """);
    }

    @Test
    void isJsonThatAToolCanRead() {
        String json = Manifest.json(REQUEST, List.of(new ManifestEntry.Failed(UK, "a \"quoted\" reason\\")));

        assertThat(JsonQuery.string(json, "?editions?1?reason")).isEqualTo("a \"quoted\" reason\\");
    }

    @Test
    void everyKindOfCharacterInAReasonComesBackFromAStrictReader() {
        String json = Manifest.json(REQUEST, List.of(new ManifestEntry.Failed(UK, AwkwardText.TEXT)));

        AwkwardText.assertNoRawControlCharacters(json);
        assertThat(AwkwardText.read(json).get("editions").get(0).get("reason").textValue()).isEqualTo(AwkwardText.TEXT);
    }
}
