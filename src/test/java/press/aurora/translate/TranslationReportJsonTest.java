package press.aurora.translate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.testing.AwkwardText;

class TranslationReportJsonTest {

    @Test
    void everyKindOfCharacterComesBackFromAStrictReader() {
        Path file = Path.of("/elsewhere/translations/fa/\"q\" back\\slash \uD835\uDD04.po");
        Diagnostic problem = Diagnostic.warning("untranslated", SourcePosition.of(file, 7), AwkwardText.TEXT);
        LanguageReport persian = new LanguageReport("fa", List.of(new FileReport(file, AwkwardText.TEXT, true,
                new Counts(1, 0, 2, 0), new Counts(10, 0, 25, 0), List.of())), List.of(problem));

        String json = TranslationReportJson.format(new TranslationReport("2031-04", 95.5, List.of(persian)));

        AwkwardText.assertNoRawControlCharacters(json);
        JsonNode language = AwkwardText.read(json).get("languages").get(0);
        assertThat(language.get("files").get(0).get("name").textValue()).isEqualTo(AwkwardText.TEXT);
        assertThat(language.get("files").get(0).get("file").textValue()).isEqualTo(file.toString());
        assertThat(language.get("files").get(0).get("completeness").doubleValue()).isEqualTo(33.3);
        JsonNode diagnostic = language.get("diagnostics").get(0);
        assertThat(diagnostic.get("message").textValue()).isEqualTo(AwkwardText.TEXT);
        assertThat(diagnostic.get("line").intValue()).isEqualTo(7);
        assertThat(AwkwardText.read(json).get("minCompleteness").doubleValue()).isEqualTo(95.5);
    }
}
