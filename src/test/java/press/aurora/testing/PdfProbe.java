package press.aurora.testing;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import press.aurora.pdf.PdfTextLayout;

/** Reads back what a produced PDF contains, as a reader or a printer would see it. */
public final class PdfProbe implements AutoCloseable {

    public static final double POINTS_PER_MM = 72 / 25.4;

    private final PDDocument document;

    private PdfProbe(PDDocument document) {
        this.document = document;
    }

    public static PdfProbe open(Path pdf) throws IOException {
        return new PdfProbe(Loader.loadPDF(pdf.toFile()));
    }

    public PDDocument document() {
        return document;
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    public PDRectangle mediaBox(int pageIndex) {
        return document.getPage(pageIndex).getMediaBox();
    }

    public PDRectangle trimBox(int pageIndex) {
        return document.getPage(pageIndex).getTrimBox();
    }

    public PDRectangle bleedBox(int pageIndex) {
        return document.getPage(pageIndex).getBleedBox();
    }

    /** Names of fonts used on any page that are not embedded. */
    public List<String> unembeddedFonts() throws IOException {
        List<String> missing = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (!font.isEmbedded()) {
                    missing.add(font.getName());
                }
            }
        }
        return missing;
    }

    public List<String> fontNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName());
            }
        }
        return names;
    }

    /** Each embedded font's name (subset tag included) and the bytes of its font program, page by page. */
    public java.util.Map<String, byte[]> embeddedFontPrograms() throws IOException {
        java.util.Map<String, byte[]> programs = new java.util.TreeMap<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                var descriptor = font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font type0
                        ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                var file = descriptor == null ? null : descriptor.getFontFile2() != null ? descriptor.getFontFile2()
                        : descriptor.getFontFile3() != null ? descriptor.getFontFile3() : descriptor.getFontFile();
                if (file != null) {
                    programs.put(font.getName(), file.toByteArray());
                }
            }
        }
        return programs;
    }

    /** All text of the document (a right-to-left one read line by line as the build reads it). */
    public String text() throws IOException {
        if (isRightToLeft()) {
            return String.join("\n", PdfTextLayout.read(document).lines().stream().map(PdfTextLayout.TextLine::text).toList());
        }
        return new PDFTextStripper().getText(document);
    }

    /** The text of one page (1-based; a right-to-left one read line by line as the build reads it). */
    public String pageText(int page) throws IOException {
        if (isRightToLeft()) {
            return String.join("\n", PdfTextLayout.read(document).pages().get(page - 1).lines().stream()
                    .map(PdfTextLayout.TextLine::text).toList());
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /**
     * The text inside the trim and above the footer on every page, in reading order: what the articles say.
     * A right-to-left document (its /Lang) is read line by line as the build reads it ({@link PdfTextLayout}).
     */
    public String bodyText(double footerMm) throws IOException {
        if (isRightToLeft()) {
            StringBuilder text = new StringBuilder();
            for (PdfTextLayout.PageText page : PdfTextLayout.read(document).pages()) {
                double limit = page.height() - footerMm * POINTS_PER_MM;
                page.lines().stream().filter(l -> l.y() >= 0 && l.y() <= limit).forEach(l -> text.append(l.text()).append('\n'));
            }
            return text.toString();
        }
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            PDRectangle media = page.getMediaBox();
            PDRectangle trim = page.getTrimBox();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(false);
            stripper.addRegion("body", new Rectangle2D.Double(trim.getLowerLeftX() - media.getLowerLeftX(),
                    media.getUpperRightY() - trim.getUpperRightY(), trim.getWidth(), trim.getHeight() - footerMm * POINTS_PER_MM));
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("body")).append('\n');
        }
        return text.toString();
    }

    /** The document's language (its /Lang) is written right to left. */
    public boolean isRightToLeft() {
        String language = document.getDocumentCatalog().getLanguage();
        return language != null && com.ibm.icu.util.ULocale.forLanguageTag(language).isRightToLeft();
    }

    /**
     * Letters and digits only, lower case, words separated by one space; hyphens (also those
     * that hyphenation added at line ends) are removed, so "work-\ners" and "workers" compare equal.
     */
    public static String words(String text) {
        return press.aurora.pdf.PdfTextLayout.words(text);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
