package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import press.aurora.io.PartialFile;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/**
 * {@code aurora watch --serve} for real: it builds, then a saved change to a French translation rebuilds the
 * French editions only, their contact sheets are refreshed, and the page on 127.0.0.1 shows them; a broken
 * article is reported and watching goes on.
 */
class WatchCommandTest {

    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @TempDir
    Path root;

    @Test
    void rebuildsWhatASavedChangeAffectsAndServesThePreviewPage() throws Exception {
        SampleWorkspace.copyTo(root);
        Path out = root.resolve("out");
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        Thread watch = new Thread(() -> SampleWorkspace.run(root, () -> {
            CommandLine line = AuroraCommand.commandLine();
            line.setOut(new PrintWriter(output, true));
            line.setErr(new PrintWriter(errors, true));
            return line.execute("watch", SampleIssue.ID, "-e", "uk", "-e", "fr", "-e", "ca-fr", "--out", out.toString(),
                    "--serve", "0");
        }), "watch");
        watch.start();
        try {
            awaitOutput(output, text -> text.contains("built 3 of 3 editions"));
            Matcher port = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/").matcher(output.toString());
            assertThat(port.find()).as(output.toString()).isTrue();
            Path sheets = out.resolve(SampleIssue.ID);
            awaitFile(() -> Files.isRegularFile(sheets.resolve("fr.preview.png")));
            long frSheetBefore = Files.getLastModifiedTime(sheets.resolve("fr.preview.png")).toMillis();
            int mark = output.toString().length();

            SampleWorkspace.edit(root, "translations/fr/" + SampleIssue.ID + "/about.po",
                    "Il est publié et diffusé dans plusieurs pays", "Il est publié et distribué dans plusieurs pays");
            awaitOutput(output, text -> text.substring(mark).contains("rebuilt"));
            String round = output.toString().substring(mark);
            assertThat(round).contains("changed: ", "about.po", "rebuilt 2 of 3 editions")
                    .containsPattern("(?m)^fr +4 of 4 pages").containsPattern("(?m)^ca-fr +4 of 4 pages")
                    .doesNotContainPattern("(?m)^uk ");
            awaitFile(() -> Files.getLastModifiedTime(sheets.resolve("fr.preview.png")).toMillis() > frSheetBefore);

            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port.group(1);
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<img", "/sheet/fr.png", "/sheet/uk.png", "4 of 4 pages", "location.reload()");
            HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(base + "/sheet/fr.png")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');

            int beforeBreak = output.toString().length();
            Files.writeString(SampleWorkspace.issue(root).resolve("about.md"), "---\ntitle: [unclosed\n---\n");
            awaitOutput(output, text -> text.substring(beforeBreak).contains("not built"));
            assertThat(errors.toString()).contains("about.md");
            assertThat(watch.isAlive()).as("watching goes on after a content error").isTrue();
        } finally {
            watch.interrupt();
            watch.join(PATIENCE.toMillis());
        }
        assertThat(watch.isAlive()).isFalse();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(PartialFile.SUFFIX));
        }
    }

    private static void awaitOutput(StringWriter output, Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.test(output.toString())) {
            assertThat(System.nanoTime()).as("waited for watch; it printed:\n" + output).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private interface Check {
        boolean holds() throws IOException;
    }

    private static void awaitFile(Check check) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!check.holds()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
