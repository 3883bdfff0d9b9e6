package press.aurora.pdf;

import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The three boxes of one print page, in default user space: the MediaBox (the sheet FOP drew, with
 * the slug), the BleedBox (what the printer images) and the TrimBox (the finished page).
 *
 * <p>TrimBox and BleedBox are read from the page itself, not through PDFBox's getters, which fall
 * back to the CropBox and clip to the MediaBox and so would invent a slug that is not there.
 */
record PageBoxes(int page, PDRectangle media, PDRectangle bleed, PDRectangle trim) {

    static final double POINTS_PER_MM = 72 / 25.4;

    static PageBoxes of(PDPage page, int number) {
        PDRectangle trim = ownBox(page, COSName.TRIM_BOX);
        PDRectangle bleed = ownBox(page, COSName.BLEED_BOX);
        if (trim == null || bleed == null) {
            throw new PrinterMarksException("page " + number + ": no " + (trim == null ? "TrimBox" : "BleedBox")
                    + ", so there is no trim to mark; render with fox:bleed and fox:crop-offset");
        }
        return new PageBoxes(number, page.getMediaBox(), bleed, trim);
    }

    private static PDRectangle ownBox(PDPage page, COSName box) {
        COSArray array = page.getCOSObject().getCOSArray(box);
        return array == null || array.size() != 4 ? null : new PDRectangle(array);
    }

    /** Room between the BleedBox and the MediaBox left of the BleedBox, in points. */
    float slugLeft() {
        return bleed.getLowerLeftX() - media.getLowerLeftX();
    }

    float slugRight() {
        return media.getUpperRightX() - bleed.getUpperRightX();
    }

    float slugTop() {
        return media.getUpperRightY() - bleed.getUpperRightY();
    }

    float slugBottom() {
        return bleed.getLowerLeftY() - media.getLowerLeftY();
    }

    /** {@code 12.3}: points as millimetres with one decimal, for messages. */
    static String mm(double points) {
        return String.format(Locale.ROOT, "%.1f", points / POINTS_PER_MM);
    }
}
