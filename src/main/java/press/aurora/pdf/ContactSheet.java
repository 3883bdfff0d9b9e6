package press.aurora.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import press.aurora.io.PartialFile;

/** All pages of a PDF side by side in one PNG, so an editor sees a whole edition at a glance. */
public final class ContactSheet {

    private static final int GAP = 12;
    private static final Color BACKGROUND = new Color(0x55, 0x55, 0x55);

    private final float dpi;

    public ContactSheet(float dpi) {
        this.dpi = dpi;
    }

    public void write(Path pdf, Path png) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (var page : document.getPages()) {
                page.setCropBox(page.getTrimBox()); // show the page as the reader gets it, without the slug
            }
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pages.add(renderer.renderImageWithDPI(page, dpi, ImageType.RGB));
            }
        }
        int width = GAP;
        int height = 0;
        for (BufferedImage page : pages) {
            width += page.getWidth() + GAP;
            height = Math.max(height, page.getHeight());
        }
        BufferedImage sheet = new BufferedImage(width, height + 2 * GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sheet.createGraphics();
        graphics.setColor(BACKGROUND);
        graphics.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        int x = GAP;
        for (BufferedImage page : pages) {
            graphics.drawImage(page, x, GAP, null);
            x += page.getWidth() + GAP;
        }
        graphics.dispose();
        PartialFile partial = PartialFile.create(png);
        try {
            ImageIO.write(sheet, "png", partial.path().toFile());
            partial.commit();
        } finally {
            partial.discard();
        }
    }
}
