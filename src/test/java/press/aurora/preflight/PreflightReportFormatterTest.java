package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.aurora.testing.AwkwardText;

class PreflightReportFormatterTest {

    private static final Path UK = Path.of("out/uk.pdf");
    private static final Path FR = Path.of("out/fr.pdf");

    private final PreflightReport report = new PreflightReport(List.of(
            new PreflightReport.FileFindings(UK, List.of(
                    new PreflightFinding(UK, 0, Severity.ERROR, "page-count", "the document has 5 pages, not a multiple of 4"),
                    new PreflightFinding(UK, 3, Severity.WARNING, "spot-colour",
                            "spot colour \"PANTONE 185 C\" (Separation) used for fill"))),
            new PreflightReport.FileFindings(FR, List.of(
                    new PreflightFinding(FR, 1, Severity.WARNING, "image-resolution-low", "image Im1 has 160 ppi"),
                    new PreflightFinding(FR, 2, Severity.WARNING, "image-resolution-low", "image Im2 has 150 ppi")))));

    @Test
    void writesOneLinePerFindingAndASummary() {
        assertThat(PreflightReportFormatter.text(report)).isEqualTo("""
                out/uk.pdf: error: the document has 5 pages, not a multiple of 4 [page-count]
                out/uk.pdf: page 3: warning: spot colour "PANTONE 185 C" (Separation) used for fill [spot-colour]
                out/fr.pdf: page 1: warning: image Im1 has 160 ppi [image-resolution-low]
                out/fr.pdf: page 2: warning: image Im2 has 150 ppi [image-resolution-low]
                preflight: 2 files, 1 error, 3 warnings
                """);
    }

    @Test
    void countsInTheSingularWhenThereIsOne() {
        PreflightReport clean = new PreflightReport(List.of(new PreflightReport.FileFindings(UK, List.of())));

        assertThat(PreflightReportFormatter.text(clean)).isEqualTo("preflight: 1 file, 0 errors, 0 warnings\n");
    }

    @Test
    void writesJsonWithFilesFindingsAndCounts() {
        assertThat(PreflightReportFormatter.json(report)).isEqualTo("""
                {
                  "files": [
                    {
                      "file": "out/uk.pdf",
                      "findings": [
                        {
                          "page": 0,
                          "severity": "error",
                          "check": "page-count",
                          "message": "the document has 5 pages, not a multiple of 4"
                        },
                        {
                          "page": 3,
                          "severity": "warning",
                          "check": "spot-colour",
                          "message": "spot colour \\"PANTONE 185 C\\" (Separation) used for fill"
                        }
                      ]
                    },
                    {
                      "file": "out/fr.pdf",
                      "findings": [
                        {
                          "page": 1,
                          "severity": "warning",
                          "check": "image-resolution-low",
                          "message": "image Im1 has 160 ppi"
                        },
                        {
                          "page": 2,
                          "severity": "warning",
                          "check": "image-resolution-low",
                          "message": "image Im2 has 150 ppi"
                        }
                      ]
                    }
                  ],
                  "errors": 1,
                  "warnings": 3
                }
                """);
    }

    @Test
    void writesEmptyListsInJson() {
        PreflightReport clean = new PreflightReport(List.of(new PreflightReport.FileFindings(UK, List.of())));

        assertThat(PreflightReportFormatter.json(clean)).isEqualTo("""
                {
                  "files": [
                    {
                      "file": "out/uk.pdf",
                      "findings": []
                    }
                  ],
                  "errors": 0,
                  "warnings": 0
                }
                """);
        assertThat(PreflightReportFormatter.json(new PreflightReport(List.of()))).isEqualTo("""
                {
                  "files": [],
                  "errors": 0,
                  "warnings": 0
                }
                """);
    }

    @Test
    void everyKindOfCharacterComesBackFromAStrictReader() {
        Path awkward = Path.of("out/\"quoted\" back\\slash \uD835\uDD04.pdf");
        PreflightReport odd = new PreflightReport(List.of(new PreflightReport.FileFindings(awkward, List.of(
                new PreflightFinding(awkward, 1, Severity.ERROR, "missing-glyph", AwkwardText.TEXT)))));

        String json = PreflightReportFormatter.json(odd);

        AwkwardText.assertNoRawControlCharacters(json);
        JsonNode file = AwkwardText.read(json).get("files").get(0);
        assertThat(file.get("file").textValue()).isEqualTo(awkward.toString());
        assertThat(file.get("findings").get(0).get("message").textValue()).isEqualTo(AwkwardText.TEXT);
    }
}
