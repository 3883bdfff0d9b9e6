package press.aurora.preflight;

import java.io.IOException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDShadingPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A print file is separated into process colours only. RGB anywhere it is painted (fill, stroke,
 * text, shading, image) is an error: the printer would convert it with a profile nobody chose.
 * A spot colour is a warning: it asks for an extra plate, or is converted at the printer's choice.
 *
 * <p>Colours are judged where they are painted, not where they are set, so a colour set and never
 * used is no finding. Shading patterns and uncoloured tiling patterns are judged by their colour
 * space; the content of coloured tiling patterns is not scanned.
 */
final class ColourSpaceCheck implements ContentCheck {

    static final String RGB_COLOUR = "rgb-colour";
    static final String RGB_IMAGE = "rgb-image";
    static final String SPOT_COLOUR = "spot-colour";

    @Override
    public ContentWatcher watcher(CheckedPdf pdf) {
        return pdf.expectations().printFile() ? new PaintWatcher(pdf) : null;
    }

    private static final class PaintWatcher extends ContentWatcher {

        private final CheckedPdf pdf;

        PaintWatcher(CheckedPdf pdf) {
            this.pdf = pdf;
        }

        @Override
        void fill() throws IOException {
            fill("fill");
        }

        @Override
        void stroke() throws IOException {
            stroke("stroke");
        }

        @Override
        void text(byte[] string) throws IOException {
            RenderingMode mode = graphicsState().getTextState().getRenderingMode();
            if (mode.isFill()) {
                fill("text");
            }
            if (mode.isStroke()) {
                stroke("text outline");
            }
        }

        @Override
        void shading(COSName shadingName) throws IOException {
            PDShading shading = resources().getShading(shadingName);
            if (shading != null) {
                judge(shading.getColorSpace(), "shading");
            }
        }

        @Override
        void image(PDImage image) throws IOException {
            if (image.isStencil()) {
                fill("image mask");
                return;
            }
            PDColorSpace space = image.getColorSpace();
            switch (ColourSpaces.kindOf(space)) {
                case RGB -> report(pdf.error(page(), RGB_IMAGE,
                        placedImageLabel(image, "") + " is RGB (" + ColourSpaces.describe(space) + ")"));
                case SPOT -> report(pdf.warning(page(), SPOT_COLOUR,
                        imageLabel() + " uses " + ColourSpaces.describeSpot(space)));
                case PROCESS -> { }
            }
        }

        private void fill(String use) throws IOException {
            paint(graphicsState().getNonStrokingColor(), graphicsState().getNonStrokingColorSpace(), use);
        }

        private void stroke(String use) throws IOException {
            paint(graphicsState().getStrokingColor(), graphicsState().getStrokingColorSpace(), use);
        }

        private void paint(PDColor colour, PDColorSpace space, String use) throws IOException {
            if (!(space instanceof PDPattern patternSpace)) {
                judge(space, use);
                return;
            }
            PDAbstractPattern pattern = patternSpace.getPattern(colour);
            if (pattern instanceof PDShadingPattern shadingPattern && shadingPattern.getShading() != null) {
                judge(shadingPattern.getShading().getColorSpace(), use + " (shading pattern)");
            } else if (pattern instanceof PDTilingPattern tiling
                    && tiling.getPaintType() == PDTilingPattern.PAINT_UNCOLORED
                    && patternSpace.getUnderlyingColorSpace() != null) {
                judge(patternSpace.getUnderlyingColorSpace(), use + " (tiling pattern)");
            }
        }

        private void judge(PDColorSpace space, String use) {
            switch (ColourSpaces.kindOf(space)) {
                case RGB -> report(pdf.error(page(), RGB_COLOUR,
                        "RGB colour (" + ColourSpaces.describe(space) + ") used for " + use));
                case SPOT -> report(pdf.warning(page(), SPOT_COLOUR,
                        ColourSpaces.describeSpot(space) + " used for " + use));
                case PROCESS -> { }
            }
        }
    }
}
