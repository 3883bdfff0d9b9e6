package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.preflight.Preflight;
import press.aurora.preflight.PreflightExpectations;
import press.aurora.preflight.PreflightFinding;
import press.aurora.testing.FopPrintFile;
import press.aurora.testing.PdfProbe;

class PrinterMarksTest {

    private static final Path SLUG_FONT = Path.of("styles").resolve(PrinterMarks.SLUG_FONT);
    private static final FopPrintFile A4 = FopPrintFile.a4(2);
    private static final PrinterMarks WITH_SLUG = PrinterMarks.cropMarks().withSlugLine(SLUG_FONT, "uk.pdf · United Kingdom");

    @TempDir
    static Path rendered;
    private static Path pdfX4;

    @TempDir
    Path folder;

    @BeforeAll
    static void renderWithFop() {
        pdfX4 = A4.writeTo(rendered.resolve("fop-pdfx4.pdf"));
    }

    private Path copyOfFopFile() throws IOException {
        return Files.copy(pdfX4, folder.resolve("uk.pdf"));
    }

    @Test
    void keepsTheHeaderVersionThatFopWrote() throws IOException {
        Path pdf = copyOfFopFile();
        String header = header(pdf);

        WITH_SLUG.addTo(pdf);

        assertThat(header).isEqualTo("%PDF-1.6");
        assertThat(header(pdf)).isEqualTo(header);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentCatalog().getCOSObject().containsKey(COSName.VERSION)).isFalse();
        }
    }

    @Test
    void keepsTheFilePermissions() throws IOException {
        Path pdf = copyOfFopFile();
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("rw-r--r--"));

        WITH_SLUG.addTo(pdf);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-r--r--");
    }

    @Test
    void writesNoObjectStreams() throws IOException {
        Path pdf = copyOfFopFile();

        WITH_SLUG.addTo(pdf);

        String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("/ObjStm").doesNotContain("/XRefStm").contains("\nxref");
    }

    @Test
    void keepsThePdfXVersionOutputIntentAndXmp() throws IOException {
        Path pdf = copyOfFopFile();
        byte[] xmpBefore;
        byte[] profileBefore;
        try (PDDocument before = Loader.loadPDF(pdf.toFile())) {
            xmpBefore = before.getDocumentCatalog().getMetadata().toByteArray();
            profileBefore = before.getDocumentCatalog().getOutputIntents().get(0).getDestOutputIntent().createInputStream().readAllBytes();
        }

        WITH_SLUG.addTo(pdf);

        try (PDDocument after = Loader.loadPDF(pdf.toFile())) {
            byte[] xmp = after.getDocumentCatalog().getMetadata().toByteArray();
            assertThat(xmp).isEqualTo(xmpBefore);
            assertThat(new String(xmp, StandardCharsets.UTF_8))
                    .contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>");
            assertThat(after.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion")).isEqualTo("PDF/X-4");
            List<PDOutputIntent> intents = after.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getCOSObject().getCOSName(COSName.S).getName()).isEqualTo("GTS_PDFX");
            assertThat(intents.get(0).getDestOutputIntent().createInputStream().readAllBytes()).isEqualTo(profileBefore);
            assertThat(after.getDocument().getTrailer().getCOSArray(COSName.ID)).isNotNull();
        }
    }

    @Test
    void keepsAPdfX3FileAtItsVersion() throws IOException {
        Path pdf = A4.pdfX("PDF/X-3:2003").writeTo(folder.resolve("x3.pdf"));

        WITH_SLUG.addTo(pdf);

        assertThat(header(pdf)).isEqualTo("%PDF-1.4");
        assertThat(new Preflight().check(pdf, expectations())).filteredOn(PreflightFinding::isError).isEmpty();
    }

    @Test
    void marksPassPreflight() throws IOException {
        Path pdf = copyOfFopFile();

        WITH_SLUG.addTo(pdf);

        assertThat(new Preflight().check(pdf, expectations())).isEmpty();
    }

    @Test
    void thePageTextsAfterMarkingAreTheRenderedTextAndTheSlugLineWithoutExtractingAgain() throws IOException {
        PrinterMarks hashSlug = PrinterMarks.cropMarks().withSlugLine(SLUG_FONT, "uk.pdf · #42");
        Path saved = folder.resolve("marked.pdf");
        try (RenderedPdf pdf = RenderedPdf.read(copyOfFopFile())) {
            pdf.layout();
            hashSlug.addTo(pdf);
            pdf.writeTo(saved);

            try (PdfProbe probe = PdfProbe.open(saved)) {
                for (int page = 1; page <= pdf.pageCount(); page++) {
                    assertThat(printed(pdf.pageText(page))).as("page " + page)
                            .isEqualTo(printed(probe.pageText(page))).contains("#42·page" + page + "of2");
                }
            }
            assertThat(new Preflight().check(saved, pdf.document(), expectations(), pdf::pageText))
                    .isEqualTo(new Preflight().check(saved, expectations()))
                    .extracting(PreflightFinding::check).containsExactly("hash-mark", "hash-mark");
        }
    }

    @Test
    void aPageTextIsExtractedAgainWhenTheDocumentChangedOtherwise() throws IOException {
        try (RenderedPdf pdf = RenderedPdf.read(copyOfFopFile())) {
            String rendered = printed(pdf.pageText(1));
            pdf.layout();
            WITH_SLUG.addTo(pdf);
            new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf.document(), pdf.document().getPage(0),
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true).close();
            pdf.changed();

            assertThat(printed(pdf.pageText(1))).startsWith(rendered).endsWith("uk.pdf·UnitedKingdom·page1of2");
        }
    }

    @Test
    void aChangeBeforeTheTextIsReadIsInTheText() throws IOException {
        Path saved = folder.resolve("repaired.pdf");
        try (RenderedPdf pdf = RenderedPdf.read(copyOfFopFile())) {
            pdf.changed(); // as a repaired text map would, before page fit reads the text
            pdf.layout();
            WITH_SLUG.addTo(pdf);
            pdf.writeTo(saved);

            try (PdfProbe probe = PdfProbe.open(saved)) {
                assertThat(printed(pdf.pageText(2))).isEqualTo(printed(probe.pageText(2))).endsWith("page2of2");
            }
        }
    }

    /** The printed characters, without the spaces and line ends that depend on how the text is read. */
    private static String printed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void strokesEightQuarterPointLinesInBlackInkOnly() throws IOException {
        Path pdf = copyOfFopFile();

        PrinterMarks.cropMarks().addTo(pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Object> marks = appendedTokens(document.getPage(0));
            assertThat(count(marks, "m")).isEqualTo(8);
            assertThat(count(marks, "l")).isEqualTo(8);
            assertThat(operands(marks, "K")).containsExactly(0f, 0f, 0f, 1f);
            assertThat(operands(marks, "w")).containsExactly(0.25f);
            assertThat(marks).anyMatch(t -> t instanceof Operator op && op.getName().equals("BDC"))
                    .anyMatch(t -> t instanceof COSName name && name.equals(COSName.ARTIFACT));
        }
    }

    @Test
    void drawsOnlyInTheSlugNearTheTrimCorners() throws IOException {
        Path pdf = copyOfFopFile();
        BufferedImage before = render(pdf);

        WITH_SLUG.addTo(pdf);

        BufferedImage after = render(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(0);
            PDRectangle media = page.getMediaBox();
            PDRectangle bleed = page.getBleedBox();
            List<int[]> changed = changedPixels(before, after);
            assertThat(changed).isNotEmpty();
            for (int[] pixel : changed) {
                float x = media.getLowerLeftX() + pixel[0] / SCALE;
                float y = media.getUpperRightY() - pixel[1] / SCALE;
                assertThat(bleed.contains(x, y)).as("changed pixel at %.1f, %.1f pt", x, y).isFalse();
            }
            PDRectangle trim = page.getTrimBox();
            for (float[] corner : new float[][] {
                {trim.getLowerLeftX(), trim.getLowerLeftY()}, {trim.getUpperRightX(), trim.getLowerLeftY()},
                {trim.getLowerLeftX(), trim.getUpperRightY()}, {trim.getUpperRightX(), trim.getUpperRightY()}}) {
                assertThat(changed).as("marks near the corner %s", Arrays.toString(corner)).anyMatch(pixel -> {
                    float x = media.getLowerLeftX() + pixel[0] / SCALE;
                    float y = media.getUpperRightY() - pixel[1] / SCALE;
                    return Math.abs(x - corner[0]) < 30 && Math.abs(y - corner[1]) < 30;
                });
            }
        }
    }

    @Test
    void setsTheSlugLineInTheEmbeddedSlugFont() throws IOException {
        Path pdf = copyOfFopFile();

        WITH_SLUG.addTo(pdf);

        try (PdfProbe probe = PdfProbe.open(pdf)) {
            assertThat(probe.pageText(2)).contains("uk.pdf · United Kingdom · page 2 of 2");
            assertThat(probe.fontNames()).anyMatch(name -> name.endsWith("+RobotoCondensed-Regular"));
            assertThat(probe.unembeddedFonts()).isEmpty();
        }
    }

    @Test
    void leavesTheFileUnchangedWhenTheSlugIsTooSmall() throws IOException {
        Path pdf = A4.cropOffset(4).writeTo(folder.resolve("tight.pdf"));
        byte[] original = Files.readAllBytes(pdf);

        assertThatThrownBy(() -> WITH_SLUG.addTo(pdf))
                .isInstanceOf(PrinterMarksException.class)
                .hasMessage("page 1: the slug left of the BleedBox is 1.0 mm; crop marks need at least 3.0 mm"
                        + " beyond the bleed: render with a larger fox:crop-offset");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(original);
        assertThat(filesIn(folder)).containsExactly("tight.pdf");
    }

    @Test
    void refusesAPageWithoutTrimBox() throws IOException {
        Path pdf = folder.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(pdf.toFile());
        }

        assertThatThrownBy(() -> PrinterMarks.cropMarks().addTo(pdf))
                .isInstanceOf(PrinterMarksException.class)
                .hasMessage("page 1: no TrimBox, so there is no trim to mark; render with fox:bleed and fox:crop-offset");
        assertThat(filesIn(folder)).containsExactly("plain.pdf");
    }

    @Test
    void refusesALabelTheSlugFontCannotSet() throws IOException {
        Path pdf = copyOfFopFile();
        PrinterMarks chinese = PrinterMarks.cropMarks().withSlugLine(SLUG_FONT, "极光");

        assertThatThrownBy(() -> chinese.addTo(pdf))
                .isInstanceOf(PrinterMarksException.class)
                .hasMessageStartingWith("the slug font RobotoCondensed-Regular cannot set the slug label \"极光\"");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(Files.readAllBytes(pdfX4));
    }

    private static final float SCALE = 2;

    private static BufferedImage render(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(document).renderImage(0, SCALE);
        }
    }

    private static List<int[]> changedPixels(BufferedImage before, BufferedImage after) {
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        List<int[]> changed = new ArrayList<>();
        for (int y = 0; y < after.getHeight(); y++) {
            for (int x = 0; x < after.getWidth(); x++) {
                if (after.getRGB(x, y) != before.getRGB(x, y)) {
                    changed.add(new int[] {x, y});
                }
            }
        }
        return changed;
    }

    /** The tokens of the content stream PrinterMarks appended: the page's last one. */
    private static List<Object> appendedTokens(PDPage page) throws IOException {
        List<PDStream> streams = new ArrayList<>();
        page.getContentStreams().forEachRemaining(streams::add);
        PDStream last = streams.get(streams.size() - 1);
        return new PDFStreamParser(last.toByteArray()).parse();
    }

    private static long count(List<Object> tokens, String operator) {
        return tokens.stream().filter(t -> t instanceof Operator op && op.getName().equals(operator)).count();
    }

    private static List<Float> operands(List<Object> tokens, String operator) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals(operator)) {
                List<Float> values = new ArrayList<>();
                for (int j = i - 1; j >= 0 && tokens.get(j) instanceof COSNumber number; j--) {
                    values.add(0, number.floatValue());
                }
                return values;
            }
        }
        return List.of();
    }

    private static PreflightExpectations expectations() {
        return PreflightExpectations.printFile(A4.trimWidthMm(), A4.trimHeightMm()).withPageMultiple(1);
    }

    private static String header(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        return new String(bytes, 0, 8, StandardCharsets.ISO_8859_1);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
