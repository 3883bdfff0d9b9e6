package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleWorkspace;
import press.aurora.translate.Catalog;
import press.aurora.translate.po.PoEntry;
import press.aurora.translate.po.PoFile;

class ExtractCommandTest {

    @TempDir
    Path root;

    @Test
    void theCommittedTranslationsAreWhatExtractWrites() {
        SampleWorkspace.copyTo(root);
        List<String> before = SampleWorkspace.snapshot(root.resolve("translations"));

        CliRun run = SampleWorkspace.run(root, "extract");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("0 of 20 files written\n");
        assertThat(SampleWorkspace.snapshot(root.resolve("translations"))).isEqualTo(before);
    }

    @Test
    void runningItTwiceChangesNothing() {
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "issues/2017-11/about.md", "It is published", "It is printed");
        SampleWorkspace.edit(root, "issues/2017-11/about.md", "## Subscriptions", "## Subscribe");
        assertThat(SampleWorkspace.run(root, "extract", "--lang", "de").exitCode()).isZero();
        List<String> first = SampleWorkspace.snapshot(root.resolve("translations"));

        CliRun again = SampleWorkspace.run(root, "extract");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).endsWith("0 of 24 files written\n");
        assertThat(SampleWorkspace.snapshot(root.resolve("translations"))).isEqualTo(first);
    }

    @Test
    void vanishedMessagesBecomeObsoleteAndANewLanguageStartsUntranslated() throws IOException {
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "issues/2017-11/about.md",
                "ICT publications are not copyrighted and we only ask that those who reproduce them acknowledge the original source (author and website leftcom.org).\n\n",
                "");

        CliRun run = SampleWorkspace.run(root, "extract", "--lang", "de");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("created   " + root.resolve("translations/de/2017-11/about.po")
                + "  0 translated, 0 fuzzy, 10 untranslated, 0 obsolete");
        PoFile french = Catalog.read(root.resolve("translations/fr/2017-11/about.po")).orElseThrow().po();
        assertThat(french.obsoleteEntries()).singleElement().satisfies(e -> {
            assertThat(e.msgid()).startsWith("ICT publications are not copyrighted");
            assertThat(e.msgstr().get(0)).startsWith("Les publications de l’ICT");
        });
        assertThat(Files.readString(root.resolve("translations/fr/2017-11/about.po"))).contains("#~ msgid \"ICT publications");
        PoFile german = Catalog.read(root.resolve("translations/de/2017-11/about.po")).orElseThrow().po();
        assertThat(german.header().get("Language")).isEqualTo("de");
        assertThat(german.header().get("Plural-Forms")).isEqualTo("nplurals=2; plural=(n != 1);");
        assertThat(german.messages()).allMatch(e -> e.msgstr().get(0).isEmpty()).extracting(PoEntry::msgid).first()
                .isEqualTo("About Aurora");
    }
}
