package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.Msginit;
import press.aurora.testing.SampleWorkspace;
import press.aurora.translate.po.PluralForms;

/** A language nobody has translated into yet starts with one command; a folder that is no language is skipped. */
class NewLanguageTest {

    @TempDir
    Path root;

    @Test
    void extractCreatesPersianGermanAndTurkishWithTheHeaderMsginitWrites() throws Exception {
        Path msginit = Msginit.find().orElse(null);
        assumeTrue(msginit != null, Msginit.MISSING);
        SampleWorkspace.copyTo(root);
        SampleWorkspace.deleteTree(root.resolve("translations/fa")); // the sample's Persian: start Persian anew

        CliRun run = SampleWorkspace.run(root, "extract", "--lang", "fa", "--lang", "de", "--lang", "tr");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String language : List.of("fa", "de", "tr")) {
            for (String[] pair : List.of(new String[] {"templates/2017-11/about.pot", language + "/2017-11/about.po"},
                    new String[] {"templates/strings.pot", language + "/strings.po"})) {
                Path template = root.resolve("translations").resolve(pair[0]);
                Path ours = root.resolve("translations").resolve(pair[1]);
                assertThat(run.out()).contains("created   " + ours);
                List<String> theirs = header(Msginit.init(msginit, template, language));
                List<String> written = header(Files.readString(ours));
                String rule = "\"Plural-Forms: " + PluralForms.of(language) + "\\n\"";
                if (theirs.stream().noneMatch(l -> l.startsWith("\"Plural-Forms: "))) {
                    theirs.add(rule); // msginit 0.21 writes none for fa: ours comes from the language data
                }
                assertThat(written).as(pair[1]).isEqualTo(theirs).contains(rule);
            }
        }
        assertThat(Files.readString(root.resolve("translations/fa/2017-11/about.po")))
                .contains("\"Language: fa\\n\"", "\"Plural-Forms: nplurals=2; plural=n > 1;\\n\"");
    }

    /** The header entry without PO-Revision-Date (msginit writes the time it ran). */
    private static List<String> header(String po) {
        return po.lines().takeWhile(l -> !l.isBlank()).filter(l -> !l.startsWith("\"PO-Revision-Date: "))
                .collect(Collectors.toList());
    }

    @Test
    void aFolderThatIsNoLanguageIsReportedAndTheOthersAreStillWritten() throws IOException {
        SampleWorkspace.copyTo(root);
        Files.createDirectories(root.resolve("translations/Persian notes"));
        Files.createDirectories(root.resolve("translations/xx"));
        SampleWorkspace.edit(root, "issues/2017-11/about.md", "It is published", "It is printed");

        CliRun extract = SampleWorkspace.run(root, "extract");

        assertThat(extract.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(extract.err().lines()).containsExactly(
                root.resolve("translations/Persian notes") + ": error: 'Persian notes' is not a gettext language code"
                        + " (such as fa, de, pt_BR, sr_Latn); skipped [unknown-language]",
                root.resolve("translations/xx") + ": error: no plural rule is known for language 'xx' (the language data"
                        + " has several hundred: give a code from it, such as fa, de, pt_BR); skipped [unknown-language]");
        assertThat(extract.out()).contains("updated   " + root.resolve("translations/fr/2017-11/about.po"),
                "updated   " + root.resolve("translations/it/2017-11/about.po"));
        assertThat(root.resolve("translations/xx/2017-11")).doesNotExist();

        CliRun check = SampleWorkspace.run(root, "check", "--min-completeness", "0");

        assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(check.err()).contains("'Persian notes' is not a gettext language code", "language 'xx'");
        assertThat(check.out()).contains("fr ", "it ", "es ");
    }

    @Test
    void aBrokenPoFileIsSkippedWithItsLineAndTheRestIsUpdated() throws IOException {
        SampleWorkspace.copyTo(root);
        Path broken = root.resolve("translations/es/2017-11/about.po");
        Files.writeString(broken, Files.readString(broken).replaceFirst("msgstr \"", "msgstr \"\n\"unterminated"));
        SampleWorkspace.edit(root, "issues/2017-11/about.md", "It is published", "It is printed");
        String before = Files.readString(broken);

        CliRun extract = SampleWorkspace.run(root, "extract");

        assertThat(extract.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(extract.err()).startsWith(broken + ":").contains("this file is not updated until it is mended");
        assertThat(Files.readString(broken)).isEqualTo(before);
        assertThat(extract.out()).contains("updated   " + root.resolve("translations/fr/2017-11/about.po"));
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun run = CliRun.of("extract", "--lang", "xx");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("aurora: no plural rule is known for language 'xx' (the language data has several"
                + " hundred: give a code from it, such as fa, de, pt_BR)\n");
    }
}
