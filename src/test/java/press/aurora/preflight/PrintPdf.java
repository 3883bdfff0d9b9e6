package press.aurora.preflight;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds the test PDFs: {@link #a4(int)} is a PDF/X-like A4 print file that passes preflight (an
 * embedded Noto Serif, CMYK colours, a 300 ppi greyscale image on every page, TrimBox and 3 mm
 * BleedBox, a CMYK output intent, GTS_PDFXVersion in the XMP, Trapped False); tests break one rule in it and save.
 */
final class PrintPdf implements Closeable {

    static final double TRIM_WIDTH_MM = 210;
    static final double TRIM_HEIGHT_MM = 297;
    static final double BLEED_MM = 3;
    static final PreflightExpectations A4_PRINT = PreflightExpectations.printFile(TRIM_WIDTH_MM, TRIM_HEIGHT_MM);

    static final Path NOTO_SERIF = Path.of("styles/fonts/noto-serif/NotoSerif-Regular.ttf");
    static final Path ISO_COATED = Path.of("styles/icc/ISOcoated_v2_300_bas.icc");
    static final float POINTS_PER_MM = 72f / 25.4f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font serif;
    private final PDImageXObject photo;

    private PrintPdf(int pages) throws IOException {
        serif = PDType0Font.load(document, NOTO_SERIF.toFile());
        photo = LosslessFactory.createFromImage(document, image(300, 300, BufferedImage.TYPE_BYTE_GRAY));
        for (int number = 1; number <= pages; number++) {
            PDPage page = new PDPage(mm(0, 0, TRIM_WIDTH_MM + 2 * BLEED_MM, TRIM_HEIGHT_MM + 2 * BLEED_MM));
            page.setBleedBox(mm(0, 0, TRIM_WIDTH_MM + 2 * BLEED_MM, TRIM_HEIGHT_MM + 2 * BLEED_MM));
            page.setTrimBox(mm(BLEED_MM, BLEED_MM, TRIM_WIDTH_MM, TRIM_HEIGHT_MM));
            document.addPage(page);
            draw(page, number);
        }
        document.getDocumentCatalog().addOutputIntent(cmykOutputIntent(document));
        setXmp(document, "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>");
        document.getDocumentInformation().setTrapped("False");
    }

    /** A passing A4 print file with the given number of pages. */
    static PrintPdf a4(int pages) throws IOException {
        return new PrintPdf(pages);
    }

    PDDocument document() {
        return document;
    }

    /** The page with the 1-based {@code number}. */
    PDPage page(int number) {
        return document.getPage(number - 1);
    }

    PDType0Font serif() {
        return serif;
    }

    /** A content stream drawing over the page's content, in a fresh graphics state. */
    PDPageContentStream append(int page) throws IOException {
        return new PDPageContentStream(document, page(page), AppendMode.APPEND, true, true);
    }

    /** Appends raw content-stream operators to a page, for what PDPageContentStream will not write. */
    void appendOperators(int page, String operators) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        List<PDStream> contents = new ArrayList<>();
        page(page).getContentStreams().forEachRemaining(contents::add);
        contents.add(stream);
        page(page).setContents(contents);
    }

    Path save(Path directory, String name) throws IOException {
        Path file = directory.resolve(name);
        document.save(file.toFile());
        return file;
    }

    /**
     * Saves without object streams, headed {@code %PDF-<version>} and with no catalog /Version (a plain save is
     * headed 1.6 or above, and a new PDFBox document's catalog says 1.4).
     */
    Path save(Path directory, String name, float version) throws IOException {
        Path file = directory.resolve(name);
        document.getDocument().setVersion(version);
        document.getDocumentCatalog().getCOSObject().removeItem(COSName.VERSION);
        document.save(file.toFile(), CompressParameters.NO_COMPRESSION);
        return file;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** A rectangle given in millimetres. */
    static PDRectangle mm(double x, double y, double width, double height) {
        return new PDRectangle((float) (x * POINTS_PER_MM), (float) (y * POINTS_PER_MM),
                (float) (width * POINTS_PER_MM), (float) (height * POINTS_PER_MM));
    }

    static BufferedImage image(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
            }
        }
        return image;
    }

    /**
     * Replaces the XMP metadata with one rdf:Description (pdfxid bound) holding {@code properties}:
     * child elements when they start with {@code <}, else attributes.
     */
    static void setXmp(PDDocument document, String properties) throws IOException {
        String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\""
                + (properties.startsWith("<") ? ">" + properties + "</rdf:Description>" : " " + properties + "/>")
                + "\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
    }

    /** An OutputIntent as PDF/X wants it: /S /GTS_PDFX with a CMYK DestOutputProfile. */
    static PDOutputIntent cmykOutputIntent(PDDocument document) throws IOException {
        try (InputStream profile = Files.newInputStream(ISO_COATED)) {
            return pdfxOutputIntent(document, profile, 4);
        }
    }

    static PDOutputIntent pdfxOutputIntent(PDDocument document, InputStream profile, int components)
            throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, profile);
        intent.getCOSObject().setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
        intent.getDestOutputIntent().setInt(COSName.N, components);
        intent.setOutputConditionIdentifier("FOGRA39");
        intent.setOutputCondition("ISO Coated v2 300% (ECI)");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    private void draw(PDPage page, int number) throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.setNonStrokingColor(0.1f, 0f, 0f, 0f);
            PDRectangle bleed = page.getBleedBox();
            content.addRect(bleed.getLowerLeftX(), bleed.getLowerLeftY(), bleed.getWidth(), 40 * POINTS_PER_MM);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f, 1f);
            content.beginText();
            content.setFont(serif, 11);
            content.newLineAtOffset(25 * POINTS_PER_MM, 270 * POINTS_PER_MM);
            content.showText("Aurora No. 1, page " + number + ": workers of the world");
            content.endText();
            content.drawImage(photo, 25 * POINTS_PER_MM, 150 * POINTS_PER_MM, 72, 72);
        }
    }
}
