package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.HtmlChecker;
import press.aurora.testing.SampleWorkspace;

/** {@code aurora check --format html}: the translators' status page. */
class StatusPageTest {

    @TempDir
    Path root;

    @Test
    void aMessageMadeFuzzyShowsWhatChangedInTheSourceOnAValidPage() throws Exception {
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "issues/2017-11/about.md", "It is published", "It is printed");
        SampleWorkspace.deleteTree(root.resolve("translations/fa")); // Persian started anew: every message untranslated
        assertThat(SampleWorkspace.run(root, "extract", "--lang", "fa").exitCode()).isZero();
        Path page = root.resolve("out/status.html");

        CliRun run = SampleWorkspace.run(root, "check", "--format", "html", "-o", page.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).isEqualTo("wrote " + page + "\n");
        String html = Files.readString(page);
        assertThat(HtmlChecker.problems(html)).isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .doesNotContain("http:", "https:", "<script", "<link", "<img", "src=", "@import", "url(");
        String french = section(html, "lang-fr");
        assertThat(french).contains("Fuzzy messages (1)", "Untranslated messages (0)")
                .containsPattern("translations/fr/2017-11/about\\.po:\\d+</bdi></p>")
                .contains("It is <del>published</del><ins>printed</ins>")
                .contains("dir=\"ltr\"");
        assertThat(section(html, "lang-fa")).startsWith("<section class=\"language\" id=\"lang-fa\" aria-labelledby=\"lang-fa-title\" dir=\"rtl\">")
                .contains("Persian (fa)", "<bdi lang=\"fa\">فارسی</bdi>", "Untranslated messages (77)")
                .contains("<div class=\"bar\" role=\"img\" aria-label=\"0 of 11 messages translated, 0 fuzzy\">");
        assertThat(html).contains("<a href=\"#lang-it\">Italian (it)</a>", "aria-label=\"0 of 77 messages translated, 0 fuzzy\"",
                "aria-label=\"76 of 77 messages translated, 1 fuzzy\"");
    }

    @Test
    void qaFindingsAreListedWithTheirLine() throws Exception {
        SampleWorkspace.copyTo(root);
        Path italian = root.resolve("translations/it/strings.po");
        Files.writeString(italian, Files.readString(italian).replace("{pages, plural, one {# pagina}", "{pagine, plural, one {# pagina}"));

        CliRun run = SampleWorkspace.run(root, "check", "--lang", "it", "--format", "html");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(HtmlChecker.problems(run.out())).isEmpty();
        assertThat(section(run.out(), "lang-it")).contains("Findings of the checks (")
                .containsPattern("<td class=\"error\">error</td><td class=\"where\" dir=\"ltr\">[^<]*translations/it/strings\\.po:\\d+</td>"
                        + "<td dir=\"auto\">argument \\{pagine\\} is not in the source");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section class=\"language\" id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
