package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleWorkspace;

class CheckCommandTest {

    @TempDir
    Path root;

    @Test
    void theSampleIsCompleteAndCleanInEveryLanguage() {
        CliRun run = CliRun.of("check");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(
                "fr    translations/fr/2017-11/russian-revolution.po        35     35      0      0      0    1716       0      100%",
                "fr    translations/fr/strings.po                           10     10      0      0      0      17       0      100%",
                "fr    all files                                            77     77      0      0      0    3567       0      100%");
        assertThat(run.out()).endsWith("""
                es: 100% translated (77 of 77 messages, 0 of 3567 words to translate), 0 errors, 0 warnings: ok
                fa: 100% translated (77 of 77 messages, 0 of 3567 words to translate), 0 errors, 0 warnings: ok
                fr: 100% translated (77 of 77 messages, 0 of 3567 words to translate), 0 errors, 0 warnings: ok
                it: 100% translated (77 of 77 messages, 0 of 3567 words to translate), 0 errors, 0 warnings: ok
                """);
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        CliRun run = CliRun.of("check", "--lang", "it", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.properties()).extracting(Map.Entry::getKey)
                .containsExactly("issue", "minCompleteness", "passed", "languages");
        assertThat(report.get("issue").textValue()).isEqualTo("2017-11");
        assertThat(report.get("minCompleteness").doubleValue()).isEqualTo(100.0);
        assertThat(report.get("passed").booleanValue()).isTrue();
        JsonNode italian = report.get("languages").get(0);
        assertThat(italian.properties()).extracting(Map.Entry::getKey).containsExactly("language", "completeness", "passed",
                "errors", "warnings", "messages", "words", "files", "diagnostics");
        assertThat(italian.get("language").textValue()).isEqualTo("it");
        assertThat(italian.get("errors").isIntegralNumber()).isTrue();
        assertThat(italian.get("messages").toString()).isEqualTo(
                "{\"total\":77,\"translated\":77,\"fuzzy\":0,\"untranslated\":0,\"obsolete\":0,\"toTranslate\":0}");
        assertThat(italian.get("words").get("total").intValue()).isEqualTo(3567);
        JsonNode file = italian.get("files").get(0);
        assertThat(file.properties()).extracting(Map.Entry::getKey)
                .containsExactly("file", "name", "exists", "completeness", "messages", "words");
        assertThat(file.get("file").textValue()).isEqualTo("translations/it/2017-11/russian-revolution.po");
        assertThat(file.get("words").get("translated").intValue()).isEqualTo(1716);
        assertThat(italian.get("diagnostics").isArray()).isTrue();
        assertThat(run.out()).startsWith("{\n  \"issue\": \"2017-11\",\n").endsWith("\n}\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--format=xml         | Invalid value for option '--format'",
            "--min-completeness=150 | --min-completeness must be a percentage from 0 to 100",
            "--lang=de            | no translations for 'de'",
            "--length-ratio=0.5   | length ratios must be at least 1"})
    void usageErrorsExitWith2(String option, String message) {
        CliRun run = CliRun.of("check", option);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(message);
    }

    @Test
    void aBrokenPoFileIsAnErrorWithItsLine() {
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "translations/es/2017-11/letters.po", "msgstr \"Cartas\"", "msgstr \"Cartas");

        CliRun run = SampleWorkspace.run(root, "check", "--lang", "es");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(root.resolve("translations/es/2017-11/letters.po").toString())
                + ":\\d+: error: unterminated string: end of line before the closing \" \\[po-syntax]");
    }

    @Test
    void aLowerMinimumAcceptsWhatIsLeftToTranslate() {
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "issues/2017-11/letters.md", "Readers write", "Our readers write");
        SampleWorkspace.run(root, "extract");

        assertThat(SampleWorkspace.run(root, "check").exitCode()).isEqualTo(ExitCodes.FAILED);
        CliRun lenient = SampleWorkspace.run(root, "check", "--min-completeness", "98");
        assertThat(lenient.exitCode()).as(lenient.out()).isZero();
        assertThat(lenient.out()).contains("fr: 98.7% translated (76 of 77 messages, 3 of 3568 words to translate), 0 errors, 1 warning: ok");
    }
}
