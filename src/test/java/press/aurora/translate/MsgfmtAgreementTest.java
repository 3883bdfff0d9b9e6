package press.aurora.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.IssueReader;
import press.aurora.model.Issue;
import press.aurora.testing.Msgfmt;
import press.aurora.testing.SampleWorkspace;
import press.aurora.translate.check.CheckSettings;
import press.aurora.translate.check.Glossary;
import press.aurora.translate.po.PoStatistics;

/**
 * Every PO and POT file that aurora extract writes passes GNU msgfmt -c, and the counts aurora check reports
 * for it are msgfmt --statistics' — on files with translated, fuzzy, untranslated and obsolete messages.
 * Skipped, with a message, where msgfmt is not installed; CI installs gettext (.ci/run).
 */
class MsgfmtAgreementTest {

    @TempDir
    Path root;

    @Test
    void everyFileExtractWritesPassesMsgfmtAndCountsAsItDoes() throws Exception {
        Path msgfmt = Msgfmt.find().orElse(null);
        if (msgfmt == null) {
            System.err.println("MsgfmtAgreementTest skipped: " + Msgfmt.MISSING);
        }
        assumeTrue(msgfmt != null, Msgfmt.MISSING);
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "issues/2017-11/about.md", "It is published", "It is printed");
        SampleWorkspace.edit(root, "issues/2017-11/about.md", "## Subscriptions", "## How to subscribe to the paper"); // untranslated
        SampleWorkspace.edit(root, "issues/2017-11/letters.md", "I don’t really see a role for cultural attachment and the like.\n\n", "");
        assertThat(SampleWorkspace.run(root, "extract", "--lang", "de").exitCode()).isZero();

        TranslationsLayout layout = new TranslationsLayout(root.resolve("translations"));
        Issue issue = IssueReader.read(SampleWorkspace.issue(root));
        InterfaceStrings strings = InterfaceStrings.loadSource(root.resolve("styles/strings.yaml"));
        TranslationChecker checker = TranslationChecker.standard(Glossary.EMPTY, CheckSettings.DEFAULT);
        int files = 0;
        for (String language : List.of("de", "es", "fr", "it")) {
            for (FileReport report : checker.check(language, issue, strings, layout).files()) {
                Msgfmt.Run run = Msgfmt.check(msgfmt, report.file());
                assertThat(run.exitCode()).as("msgfmt -c %s\n%s", report.file(), run.stderr()).isZero();
                Counts counts = report.messages();
                assertThat(new int[] {counts.translated(), counts.fuzzy(), counts.untranslated()}).as(report.file().toString())
                        .containsExactly(run.translated(), run.fuzzy(), run.untranslated());
                files++;
            }
        }
        for (Path template : SampleWorkspace.files(layout.root().resolve(TranslationsLayout.TEMPLATES))) {
            Msgfmt.Run run = Msgfmt.check(msgfmt, template);
            assertThat(run.exitCode()).as("msgfmt -c %s\n%s", template, run.stderr()).isZero();
            PoStatistics statistics = PoStatistics.of(Catalog.read(template).orElseThrow().po());
            assertThat(run.untranslated()).isEqualTo(statistics.untranslated());
            files++;
        }
        assertThat(files).isEqualTo(20);
        Counts french = checker.check("fr", issue, strings, layout).messages();
        assertThat(french).isEqualTo(new Counts(74, 1, 1, 2));
    }
}
