package press.aurora.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/**
 * Random edits of a real PO file (the sample's French about.po, {@link RandomCatalog}): {@code aurora check}
 * reports them, each error at its line, and never stops with an internal error; a build of the French edition
 * either writes a PDF that PDFBox loads or fails with located diagnostics.
 */
class RandomCatalogPropertyTest {

    private static final String ISSUE = SampleIssue.ID;
    private static final String ORIGINAL = read(Path.of("translations/fr/2017-11/about.po"));

    private Path root;

    @BeforeProperty
    void workspace() throws IOException {
        root = SampleWorkspace.copyTo(Files.createTempDirectory("aurora-properties"));
    }

    @AfterProperty
    void removeWorkspace() throws IOException {
        RandomArticlePropertyTest.deleteTree(root);
    }

    @Provide
    Arbitrary<String> catalogs() {
        return Arbitraries.longs().map(seed -> RandomCatalog.edit(ORIGINAL, new Random(seed)));
    }

    @Property(tries = 30)
    void checkReportsEveryErrorAtItsLine(@ForAll("catalogs") String po) throws IOException {
        Files.writeString(root.resolve("translations/fr").resolve(ISSUE).resolve("about.po"), po);

        CliRun run = SampleWorkspace.run(root, "check", ISSUE, "--lang", "fr", "--min-completeness", "0");

        String context = run.err() + run.out() + "\n--- input ---\n" + po;
        assertThat(run.exitCode()).as(context).isIn(0, 1);
        assertThat(run.err()).as(context).doesNotContain("internal error", "Exception");
        assertThat(run.out().lines().filter(l -> l.contains(": error: ")))
                .as(context).allMatch(l -> Located.DIAGNOSTIC.matcher(l).matches());
        Statistics.collect(run.exitCode() == 0 ? "passes" : "problems reported");
    }

    @Property
    void aBuildWritesALoadablePdfOrFailsWithLocatedErrors(@ForAll("catalogs") String po) throws IOException {
        Files.writeString(root.resolve("translations/fr").resolve(ISSUE).resolve("about.po"), po);
        Path out = root.resolve("out");

        CliRun run = SampleWorkspace.run(root, "build", ISSUE, "-e", "fr", "--variant", "print", "-o", out.toString());

        Located.assertDoneOrLocated(run, po);
        Statistics.collect(run.exitCode() == 0 ? "built" : "failed, located");
        Path pdf = out.resolve(ISSUE).resolve("fr.pdf");
        if (run.exitCode() == 0) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).as(po).isPositive();
            }
        } else {
            assertThat(pdf).as("no PDF of a failed edition").doesNotExist();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
