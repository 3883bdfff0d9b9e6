package press.aurora.preflight;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A file that claims PDF/X-1a or PDF/X-3 may hold no transparency (PDF/X-4 may): a page that is a
 * transparency group, and anything painted with an opacity under 100%, a blend mode other than Normal,
 * a soft mask, or an image with an alpha channel (SMask). A RIP made for these standards prints such
 * objects opaque or not at all. Form XObjects are looked into, nested ones too: a form that is itself a
 * transparency group, and what a form's content paints with the graphics states of its own resources; and the
 * appearances of printed printer's marks (the annotations PDF/X allows). Not looked into: the cells of tiling patterns.
 */
final class TransparencyCheck implements ContentCheck {

    static final String ID = "transparency";

    private static final COSName SMASK_IN_DATA = COSName.getPDFName("SMaskInData");

    @Override
    public ContentWatcher watcher(CheckedPdf pdf) {
        if (!pdf.expectations().printFile() || !PdfXVersion.forbidsTransparency(pdf.document())) {
            return null;
        }
        return new TransparencyWatcher(pdf, PdfXVersion.of(pdf.document()).orElseThrow());
    }

    private static final class TransparencyWatcher extends ContentWatcher {

        private final CheckedPdf pdf;
        private final String version;

        TransparencyWatcher(CheckedPdf pdf, String version) {
            this.pdf = pdf;
            this.version = version;
        }

        @Override
        void startPage(int number) {
            COSDictionary group = pdf.document().getPage(number - 1).getCOSObject().getCOSDictionary(COSName.GROUP);
            if (group != null && COSName.TRANSPARENCY.equals(group.getCOSName(COSName.S))) {
                found("the page is a transparency group (/Group /S /Transparency)");
            }
        }

        @Override
        void transparencyGroup(PDTransparencyGroup group) {
            found(formLabel() + " is a transparency group (/Group /S /Transparency)");
        }

        @Override
        void fill() {
            judge("fill", false, true);
        }

        @Override
        void stroke() {
            judge("stroke", true, false);
        }

        @Override
        void text(byte[] string) {
            RenderingMode mode = graphicsState().getTextState().getRenderingMode();
            judge("text", mode.isStroke(), mode.isFill());
        }

        @Override
        void shading(COSName shadingName) {
            judge("shading", false, true);
        }

        @Override
        void image(PDImage image) {
            if (image instanceof PDImageXObject xobject) {
                COSDictionary dictionary = xobject.getCOSObject();
                COSNumber inData = dictionary.getDictionaryObject(SMASK_IN_DATA) instanceof COSNumber number ? number : null;
                if (dictionary.getDictionaryObject(COSName.SMASK) != null || inData != null && inData.intValue() != 0) {
                    found(placedImageLabel(image, "") + " has an alpha channel (soft mask)");
                }
            }
            judge(imageLabel(), false, true);
        }

        /** The graphics state's transparency for what is painted: its stroke or fill opacity, blend mode, soft mask. */
        private void judge(String what, boolean stroked, boolean filled) {
            PDGraphicsState state = graphicsState();
            List<String> uses = new ArrayList<>();
            if (stroked && state.getAlphaConstant() < 1) {
                uses.add("stroke opacity " + percent(state.getAlphaConstant()));
            }
            if (filled && state.getNonStrokeAlphaConstant() < 1) {
                uses.add("opacity " + percent(state.getNonStrokeAlphaConstant()));
            }
            BlendMode blend = state.getBlendMode();
            if (blend != null && blend != BlendMode.NORMAL && blend != BlendMode.COMPATIBLE) {
                uses.add("blend mode " + blend.getCOSName().getName());
            }
            if (state.getSoftMask() != null) {
                uses.add("a soft mask");
            }
            if (!uses.isEmpty()) {
                found(what + " painted with " + String.join(", ", uses));
            }
        }

        private void found(String what) {
            report(pdf.error(page(), ID, what + ": transparency, which " + version + " forbids; flatten it"));
        }

        private static String percent(double alpha) {
            return Math.round(alpha * 100) + "%";
        }
    }
}
