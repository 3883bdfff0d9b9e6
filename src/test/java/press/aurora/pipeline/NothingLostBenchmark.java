package press.aurora.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import press.aurora.config.Edition;
import press.aurora.edition.LocalTypography;
import press.aurora.markdown.IssueReader;
import press.aurora.model.Issue;
import press.aurora.model.TextMapper;
import press.aurora.pdf.ExpectedText;
import press.aurora.pdf.NothingLostCheck;
import press.aurora.pdf.PdfTextLayout;
import press.aurora.pdf.RenderedPdf;
import press.aurora.pdf.Variant;

/**
 * What the nothing-lost check adds to a build: for each built edition of an issue, the median time
 * of the comparison itself (the text layout is extracted once per rendering for page fit anyway, so
 * it is timed apart). Run by {@code scripts/benchmark-nothing-lost} after a build.
 *
 * <pre>{@code java ... press.aurora.pipeline.NothingLostBenchmark OUT_FOLDER ISSUE_ID [RUNS]}</pre>
 */
public final class NothingLostBenchmark {

    private NothingLostBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        String issueId = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Workspace workspace = Workspace.current();
        BuildResources resources = BuildResources.load(workspace);
        Issue source = IssueReader.read(workspace.issueFolder(issueId));
        TranslationStage translations = new TranslationStage(resources,
                new BuildOptions(out, List.of(Variant.PRINT), false, false, 1, Clock.systemUTC(), false, BuildProgress.NONE));
        for (Edition edition : resources.editions()) {
            Path pdf = out.resolve(source.id()).resolve(Variant.PRINT.fileName(edition.id()));
            if (!Files.isRegularFile(pdf)) {
                continue;
            }
            Issue printed = new TextMapper(new LocalTypography(edition.locale())::apply)
                    .map(translations.translate(source, edition).issue());
            List<ExpectedText> messages = PrintedMessages.of(source, printed);
            try (RenderedPdf rendered = RenderedPdf.read(pdf)) {
                long[] layout = new long[runs];
                long[] check = new long[runs];
                int lost = 0;
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    PdfTextLayout text = PdfTextLayout.read(rendered.document());
                    long read = System.nanoTime();
                    lost = NothingLostCheck.check(text.lines(), messages).size();
                    layout[run] = read - start;
                    check[run] = System.nanoTime() - read;
                }
                System.out.printf("%-6s %2d pages %4d messages  nothing-lost check %6.1f ms  (text extraction %6.1f ms)  lost: %d%n",
                        edition.id(), rendered.pageCount(), messages.size(), median(check), median(layout), lost);
            }
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
