package press.aurora.fo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;

/**
 * The XSL-FO of the sample issue, compared with reviewed golden files, so that every change to the
 * page design or the model shows up as a diff. After a deliberate change, rewrite them with
 * {@code mvn test -Dtest=GoldenFoTest -Daurora.rewriteGoldens=true} and review the diff before committing.
 */
class GoldenFoTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"uk", "fr"})
    void foMatchesTheReviewedGoldenFile(String edition) throws IOException, SaxonApiException {
        CliRun run = CliRun.of("build", SampleIssue.ID, "-e", edition, "--keep-fo", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // prepared images are named by their content, in the output folder: the folder is written as OUT/
        String fo = indented(out.resolve(SampleIssue.ID).resolve(edition + ".fo")).replace(out.toUri().toString(), "OUT/");
        Path golden = GOLDEN.resolve(edition + ".fo");
        if (Boolean.getBoolean("aurora.rewriteGoldens")) {
            Files.writeString(golden, fo);
        }
        assertThat(fo).as("%s differs from %s: review, then rewrite with -Daurora.rewriteGoldens=true", edition, golden)
                .isEqualTo(Files.readString(golden));
    }

    /** One element per line, so that a diff of the golden file is readable. */
    private static String indented(Path fo) throws SaxonApiException {
        Processor processor = new Processor(false);
        StringWriter text = new StringWriter();
        Serializer serializer = processor.newSerializer(text);
        serializer.setOutputProperty(Serializer.Property.INDENT, "yes");
        serializer.serializeNode(processor.newDocumentBuilder().build(new StreamSource(fo.toFile())));
        return text.toString();
    }
}
