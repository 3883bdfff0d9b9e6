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
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import press.aurora.diag.ContentException;
import press.aurora.markdown.I18nDirectives;
import press.aurora.markdown.IssueReader;
import press.aurora.model.Article;
import press.aurora.model.Issue;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;
import press.aurora.translate.MessageExtractor;

/**
 * Random articles from the Markdown the reader supports: reading never throws anything but a located content
 * error, and a build either writes a PDF that PDFBox loads (the build's own nothing-lost check passing) or
 * fails with located diagnostics. The tries of the build property come from {@code jqwik.tries.default}
 * (see src/test/resources/junit-platform.properties and docs/development.md for a long campaign).
 */
class RandomArticlePropertyTest {

    private static final String ISSUE = "2099-01";

    private Path root;

    @BeforeProperty
    void workspace() throws IOException {
        root = Files.createTempDirectory("aurora-properties");
        SampleIssue.copyTree(Path.of("styles"), root.resolve("styles"));
        Path issue = Files.createDirectories(root.resolve("issues").resolve(ISSUE));
        Files.createDirectories(root.resolve("translations"));
        Files.copy(SampleIssue.FOLDER.resolve("about.md"), issue.resolve("about.md"));
        Files.writeString(issue.resolve("issue.yaml"), """
                number: 99
                date: 2099-01-15
                source-language: en
                articles:
                  - file: random.md
                    role: lead
                  - file: about.md
                    role: about
                """);
    }

    @AfterProperty
    void removeWorkspace() throws IOException {
        deleteTree(root);
    }

    static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Provide
    Arbitrary<String> articles() {
        return Arbitraries.longs().map(seed -> RandomArticle.write(new Random(seed), 10, 60));
    }

    @Provide
    Arbitrary<String> shortArticles() {
        return Arbitraries.longs().map(seed -> RandomArticle.write(new Random(seed), 6, 40));
    }

    @Property(tries = 100)
    void readingGivesAModelOrALocatedError(@ForAll("articles") String markdown) throws IOException {
        Files.writeString(root.resolve("issues").resolve(ISSUE).resolve("random.md"), markdown);
        try {
            Issue issue = IssueReader.read(root.resolve("issues").resolve(ISSUE));
            for (Article article : issue.articles()) {
                assertThat(MessageExtractor.extract(article, I18nDirectives.read(article.file()))).as(markdown).isNotEmpty();
            }
            Statistics.collect("read");
        } catch (ContentException e) {
            Statistics.collect("error " + e.diagnostic().code());
            assertThat(e.diagnostic().position()).as(e.getMessage() + "\n" + markdown).isNotNull();
            assertThat(e.diagnostic().position().line()).as(e.getMessage() + "\n" + markdown).isPositive();
        }
    }

    @Property
    void aBuildWritesALoadablePdfOrFailsWithLocatedErrors(@ForAll("shortArticles") String markdown) throws IOException {
        Files.writeString(root.resolve("issues").resolve(ISSUE).resolve("random.md"), markdown);
        Path out = root.resolve("out");

        CliRun run = SampleWorkspace.run(root, "build", ISSUE, "-e", "uk", "--variant", "print", "-o", out.toString());

        Located.assertDoneOrLocated(run, markdown);
        Statistics.collect(run.exitCode() == 0 ? "built" : "failed, located");
        Path pdf = out.resolve(ISSUE).resolve("uk.pdf");
        if (run.exitCode() == 0) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).as(markdown).isPositive();
            }
        } else {
            assertThat(pdf).as("no PDF of a failed edition").doesNotExist();
        }
    }
}
