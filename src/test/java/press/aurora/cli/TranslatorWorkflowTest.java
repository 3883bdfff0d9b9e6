package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.Msgfmt;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleWorkspace;

/**
 * What translators do to their files between two issues, and what aurora check and build tell them: the
 * English source changes before extract runs, a text editor leaves a line break where msgfmt refuses it.
 */
class TranslatorWorkflowTest {

    @TempDir
    Path root;

    @Test
    void aSourceChangedSinceExtractIsNotCountedAsTranslated() {
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "issues/2017-11/about.md", "the USA and Colombia.", "the USA, Colombia and Germany.");
        SampleWorkspace.edit(root, "issues/2017-11/about.md", "## Subscriptions",
                "Every issue is written by workers for workers.\n\n## Subscriptions");

        CliRun stale = SampleWorkspace.run(root, "check", "--lang", "fr");

        assertThat(stale.exitCode()).isEqualTo(ExitCodes.FAILED);
        String out = stale.out().replace(root + "/", "");
        assertThat(out).contains(
                "fr    translations/fr/2017-11/about.po       12     10      0      2      1     224      52     83.3%",
                "issues/2017-11/about.md:5: error: message \"Aurora is the broadsheet of the Internationalist Communist…\" "
                        + "is not in translations/fr/2017-11/about.po: run 'aurora extract' [stale-catalog]",
                "issues/2017-11/about.md:11: error: message \"Every issue is written by workers for workers.\" "
                        + "is not in translations/fr/2017-11/about.po: run 'aurora extract' [stale-catalog]",
                "translations/fr/2017-11/about.po:26: warning: message \"Aurora is the broadsheet of the Internationalist "
                        + "Communist…\" is no longer in the source: run 'aurora extract' (a changed message keeps its "
                        + "translation as fuzzy, a removed one becomes obsolete) [stale-catalog]");
        assertThat(out).endsWith(
                "fr: 97.4% translated (76 of 78 messages, 52 of 3576 words to translate), 2 errors, 1 warning: FAILED (below 100%)\n");

        assertThat(SampleWorkspace.run(root, "extract").exitCode()).isZero();
        CliRun merged = SampleWorkspace.run(root, "check", "--lang", "fr");

        assertThat(merged.out()).endsWith(
                "fr: 97.4% translated (76 of 78 messages, 52 of 3576 words to translate), 0 errors, 2 warnings: FAILED (below 100%)\n");
    }

    @Test
    void aLineBreakThatOnlyTheTranslationBeginsWithIsAnErrorAsForMsgfmt() throws Exception {
        SampleWorkspace.copyTo(root);
        Path po = root.resolve("translations/fr/2017-11/about.po");
        SampleWorkspace.edit(root, "translations/fr/2017-11/about.po", "msgstr \"Abonnements\"", "msgstr \"\\nAbonnements\"");

        CliRun run = SampleWorkspace.run(root, "check", "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains(po + ":44: error: the translation (msgstr) begins with a line break (\\n) and the "
                + "source (msgid) does not: remove it (msgfmt -c refuses the file) [po-newline]");
        Path msgfmt = Msgfmt.find().orElse(null);
        if (msgfmt != null) {
            Msgfmt.Run gettext = Msgfmt.check(msgfmt, po);
            assertThat(gettext.exitCode()).isNotZero();
            assertThat(gettext.stderr()).contains("about.po:45: 'msgid' and 'msgstr' entries do not both begin with '\\n'");
        }
    }

    @Test
    void aTranslationThatLostItsFootnoteReferenceIsNotPrinted() throws Exception {
        SampleWorkspace.copyTo(root);
        Path po = root.resolve("translations/fr/2017-11/russian-revolution.po");
        SampleWorkspace.edit(root, "translations/fr/2017-11/russian-revolution.po", "le faire eux-mêmes”.[^lenin]",
                "le faire eux-mêmes”.");
        SampleWorkspace.edit(root, "translations/fr/2017-11/russian-revolution.po", "vie collective”.[^stites]",
                "vie collective”.[^Stites]");
        Path pdfs = root.resolve("out");

        CliRun fail = SampleWorkspace.run(root, "build", "-e", "fr", "--out", pdfs.toString());

        assertThat(fail.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(fail.err()).contains("fr     2 messages have no finished 'fr' translation",
                po + ":152: error: the translation of \"Laws brought in equal pay for women, divorce at the request…\" is not "
                        + "printed: footnote reference [^stites] of the source is missing; footnote reference [^Stites] is not in "
                        + "the source [markdown-parity]",
                po + ":164: error: the translation of \"At this point the Bolsheviks (soon to take the name…\" is not printed: "
                        + "footnote reference [^lenin] of the source is missing [markdown-parity]");
        assertThat(pdfs.resolve("2017-11/fr.pdf")).doesNotExist();

        SampleWorkspace.edit(root, "styles/editions.yaml", "  fr:\n    name: France\n", "  fr:\n    name: France\n    fallback: source\n");
        CliRun fallBack = SampleWorkspace.run(root, "build", "-e", "fr", "--out", pdfs.toString());

        assertThat(fallBack.exitCode()).as(fallBack.err()).isZero();
        assertThat(fallBack.err()).contains("fr     warning: 2 messages fell back to the source text");
        try (PdfProbe pdf = PdfProbe.open(pdfs.resolve("2017-11/fr.pdf"))) {
            String words = PdfProbe.words(pdf.text());
            assertThat(words).contains(PdfProbe.words("for themselves”.2"))
                    .contains(PdfProbe.words("engaging in collective life”.1"))
                    .doesNotContain(PdfProbe.words("le faire eux-mêmes"));
        }
    }

    @Test
    void aRegionWrittenWithAHyphenIsAUsageErrorThatSaysHowGettextWritesIt() {
        CliRun run = CliRun.of("extract", "--lang", "pt-BR");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aurora: 'pt-BR' is not a gettext language code: write pt_BR "
                + "(gettext joins language, script and region with _, not -)\n");
    }

    @Test
    void thePoFileOfARenamedArticleIsNamedAndKeepsItsTranslationsWhenRenamedToo() throws Exception {
        SampleWorkspace.copyTo(root);
        Path issue = SampleWorkspace.issue(root);
        Files.move(issue.resolve("about.md"), issue.resolve("about-us.md"));
        SampleWorkspace.edit(root, "issues/2017-11/issue.yaml", "file: about.md", "file: about-us.md");
        assertThat(SampleWorkspace.run(root, "extract").exitCode()).isZero();

        CliRun renamed = SampleWorkspace.run(root, "check", "--lang", "it");

        Path old = root.resolve("translations/it/2017-11/about.po");
        assertThat(renamed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(renamed.out()).contains(old + ": warning: issue 2017-11 has no article 'about': this PO file is neither "
                + "printed nor checked; if the article was renamed, rename the file to the article's new id and run "
                + "'aurora extract' to keep its translations [orphan-catalog]");

        Files.move(old, root.resolve("translations/it/2017-11/about-us.po"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(SampleWorkspace.run(root, "extract").exitCode()).isZero();
        CliRun kept = SampleWorkspace.run(root, "check", "--lang", "it");

        assertThat(kept.exitCode()).as(kept.out()).isZero();
        assertThat(kept.out()).endsWith("it: 100% translated (77 of 77 messages, 0 of 3567 words to translate), 0 errors, 0 warnings: ok\n");
    }
}
