package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransparencyCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsAnOpacityInAPdfX3File() throws IOException {
        try (PrintPdf pdf = pdfX3()) {
            paintHalfOpaque(pdf, 2);
            Path file = pdf.save(dir, "opacity.pdf", 1.4f);

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2, Severity.ERROR,
                    "transparency", "fill painted with opacity 50%: transparency, which PDF/X-3:2003 forbids; flatten it"));
        }
    }

    @Test
    void reportsABlendModeAndAnImageWithAnAlphaChannel() throws IOException {
        try (PrintPdf pdf = pdfX3()) {
            BufferedImage argb = new BufferedImage(30, 30, BufferedImage.TYPE_INT_ARGB);
            for (int x = 0; x < 30; x++) {
                argb.setRGB(x, x, 0x80000000);
            }
            PDImageXObject image = LosslessFactory.createFromImage(pdf.document(), argb);
            PDExtendedGraphicsState multiply = new PDExtendedGraphicsState();
            multiply.setBlendMode(BlendMode.MULTIPLY);
            try (PDPageContentStream content = pdf.append(1)) {
                content.drawImage(image, 60, 60, 7, 7);
                content.setGraphicsStateParameters(multiply);
                content.setNonStrokingColor(0f, 0f, 0f, 1f);
                content.addRect(60, 100, 20, 20);
                content.fill();
            }
            Path file = pdf.save(dir, "blend-and-alpha.pdf", 1.4f);

            assertThat(preflight.check(file, A4_PRINT)).filteredOn(f -> f.check().equals("transparency"))
                    .extracting(PreflightFinding::message).containsExactly(
                            "image Im2 (30 x 30 px, placed 2.5 x 2.5 mm) has an alpha channel (soft mask): transparency, which PDF/X-3:2003 forbids; flatten it",
                            "fill painted with blend mode Multiply: transparency, which PDF/X-3:2003 forbids; flatten it");
        }
    }

    @Test
    void reportsAPageThatIsATransparencyGroup() throws IOException {
        try (PrintPdf pdf = pdfX3()) {
            COSDictionary group = new COSDictionary();
            group.setItem(COSName.S, COSName.TRANSPARENCY);
            pdf.page(3).getCOSObject().setItem(COSName.GROUP, group);
            Path file = pdf.save(dir, "group.pdf", 1.4f);

            assertThat(preflight.check(file, A4_PRINT)).extracting(PreflightFinding::page, PreflightFinding::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "the page is a transparency group (/Group /S /Transparency):"
                            + " transparency, which PDF/X-3:2003 forbids; flatten it"));
        }
    }

    @Test
    void reportsAFormXObjectThatIsATransparencyGroup() throws IOException {
        try (PrintPdf pdf = pdfX3()) {
            PDFormXObject group = form(pdf, "0 0 0 1 k 10 10 30 30 re f\n"); // paints opaque black: only the group is transparency
            COSDictionary transparency = new COSDictionary();
            transparency.setItem(COSName.S, COSName.TRANSPARENCY);
            group.getCOSObject().setItem(COSName.GROUP, transparency);
            try (PDPageContentStream content = pdf.append(2)) {
                content.drawForm(group);
            }
            Path file = pdf.save(dir, "form-group.pdf", 1.4f);

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2, Severity.ERROR,
                    "transparency", "form Form2 is a transparency group (/Group /S /Transparency): transparency, which"
                            + " PDF/X-3:2003 forbids; flatten it"));
        }
    }

    @Test
    void reportsASoftMaskSetInTheResourcesOfANestedForm() throws IOException {
        try (PrintPdf pdf = pdfX3()) {
            PDFormXObject mask = form(pdf, "0 g 0 0 50 50 re f\n");
            COSDictionary softMask = new COSDictionary();
            softMask.setItem(COSName.TYPE, COSName.MASK);
            softMask.setItem(COSName.S, COSName.LUMINOSITY);
            softMask.setItem(COSName.G, mask);
            PDExtendedGraphicsState masked = new PDExtendedGraphicsState();
            masked.getCOSObject().setItem(COSName.SMASK, softMask);
            PDFormXObject inner = form(pdf, "");
            COSName state = inner.getResources().add(masked);
            write(inner, "/" + state.getName() + " gs 0 0 0 1 k 5 5 20 20 re f\n");
            PDFormXObject outer = form(pdf, "");
            COSName innerName = outer.getResources().add(inner);
            write(outer, "q /" + innerName.getName() + " Do Q\n");
            try (PDPageContentStream content = pdf.append(3)) {
                content.drawForm(outer);
            }
            Path file = pdf.save(dir, "nested-soft-mask.pdf", 1.4f);

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 3, Severity.ERROR,
                    "transparency", "fill painted with a soft mask: transparency, which PDF/X-3:2003 forbids; flatten it"));
        }
    }

    @Test
    void reportsTransparencyInThePrintedAppearanceOfAPrinterMark() throws IOException {
        try (PrintPdf pdf = pdfX3()) {
            PDExtendedGraphicsState half = new PDExtendedGraphicsState();
            half.setNonStrokingAlphaConstant(0.3f);
            PDFormXObject appearance = form(pdf, "");
            COSName state = appearance.getResources().add(half);
            write(appearance, "/" + state.getName() + " gs 0 0 0 1 k 0 0 10 10 re f\n");
            COSDictionary normal = new COSDictionary();
            COSDictionary mark = new COSDictionary();
            mark.setItem(COSName.TYPE, COSName.ANNOT);
            mark.setName(COSName.SUBTYPE, "PrinterMark");
            mark.setItem(COSName.RECT, new PDRectangle(2, 2, 6, 6).getCOSArray());
            mark.setInt(COSName.F, 4); // printed
            normal.setItem(COSName.N, appearance);
            mark.setItem(COSName.AP, normal);
            pdf.page(4).getAnnotations().add(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation.createAnnotation(mark));
            Path file = pdf.save(dir, "printer-mark.pdf", 1.4f);

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 4, Severity.ERROR,
                    "transparency", "fill painted with opacity 30%: transparency, which PDF/X-3:2003 forbids; flatten it"));
        }
    }

    @Test
    void allowsTransparencyInAPdfX4File() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            paintHalfOpaque(pdf, 1);
            Path file = pdf.save(dir, "x4-opacity.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    /** A 50 x 50 pt form XObject with its own resources, painting {@code operators}. */
    private static PDFormXObject form(PrintPdf pdf, String operators) throws IOException {
        PDFormXObject form = new PDFormXObject(pdf.document());
        form.setBBox(new PDRectangle(50, 50));
        form.setResources(new PDResources());
        write(form, operators);
        return form;
    }

    private static void write(PDFormXObject form, String operators) throws IOException {
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static PrintPdf pdfX3() throws IOException {
        PrintPdf pdf = PrintPdf.a4(4);
        PrintPdf.setXmp(pdf.document(), "<pdfxid:GTS_PDFXVersion>PDF/X-3:2003</pdfxid:GTS_PDFXVersion>");
        return pdf;
    }

    private static void paintHalfOpaque(PrintPdf pdf, int page) throws IOException {
        PDExtendedGraphicsState half = new PDExtendedGraphicsState();
        half.setNonStrokingAlphaConstant(0.5f);
        try (PDPageContentStream content = pdf.append(page)) {
            content.setGraphicsStateParameters(half);
            content.setNonStrokingColor(0f, 0f, 0f, 1f);
            content.addRect(60, 60, 20, 20);
            content.fill();
        }
    }
}
