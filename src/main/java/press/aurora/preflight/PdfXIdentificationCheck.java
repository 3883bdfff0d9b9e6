package press.aurora.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * A print file says it is PDF/X and for which printing condition: a {@code GTS_PDFXVersion}, whether
 * it is trapped ({@code Trapped} True or False, as PDF/X requires), and an OutputIntent with
 * {@code /S /GTS_PDFX} whose DestOutputProfile is a CMYK ICC profile.
 */
final class PdfXIdentificationCheck implements PreflightCheck {

    static final String VERSION_MISSING = "pdfx-version-missing";
    static final String TRAPPED_MISSING = "trapped-missing";
    static final String OUTPUT_INTENT_MISSING = "output-intent-missing";
    static final String OUTPUT_PROFILE_MISSING = "output-intent-profile-missing";
    static final String OUTPUT_PROFILE_NOT_CMYK = "output-intent-not-cmyk";

    private static final String PDF_NAMESPACE = "http://ns.adobe.com/pdf/1.3/";
    private static final COSName GTS_PDFX = COSName.getPDFName("GTS_PDFX");
    /** Bytes 16 to 19 of an ICC profile header name its data colour space. */
    private static final int ICC_COLOUR_SPACE_OFFSET = 16;
    /** Bytes 36 to 39 of an ICC profile hold its signature, {@code acsp}. */
    private static final int ICC_SIGNATURE_OFFSET = 36;

    @Override
    public List<PreflightFinding> check(CheckedPdf pdf) throws IOException {
        if (!pdf.expectations().printFile()) {
            return List.of();
        }
        List<PreflightFinding> findings = new ArrayList<>();
        int document = PreflightFinding.DOCUMENT;
        if (PdfXVersion.of(pdf.document()).isEmpty()) {
            findings.add(pdf.error(document, VERSION_MISSING,
                    "no PDF/X version: neither the XMP metadata nor the document info has GTS_PDFXVersion"));
        }
        trappedProblem(pdf).ifPresent(problem -> findings.add(pdf.error(document, TRAPPED_MISSING, problem)));
        COSDictionary intent = pdfxOutputIntent(pdf);
        if (intent == null) {
            findings.add(pdf.error(document, OUTPUT_INTENT_MISSING,
                    "no PDF/X output intent (OutputIntent with /S /GTS_PDFX)"));
            return findings;
        }
        COSStream profile = intent.getCOSStream(COSName.DEST_OUTPUT_PROFILE);
        if (profile == null) {
            findings.add(pdf.error(document, OUTPUT_PROFILE_MISSING,
                    "the PDF/X output intent has no DestOutputProfile"));
            return findings;
        }
        Optional<String> colourSpace = iccColourSpace(profile);
        if (colourSpace.isEmpty()) {
            findings.add(pdf.error(document, OUTPUT_PROFILE_NOT_CMYK,
                    "the output intent's DestOutputProfile is not an ICC profile"));
        } else if (!colourSpace.get().equals("CMYK")) {
            findings.add(pdf.error(document, OUTPUT_PROFILE_NOT_CMYK,
                    "the output intent's ICC profile is " + colourSpace.get() + ", not CMYK"));
        }
        return findings;
    }

    /**
     * What is wrong with the file's {@code Trapped} key, read from the XMP ({@code pdf:Trapped}), else the
     * document information: PDF/X allows only True or False, the printer must know whether to trap.
     */
    private static Optional<String> trappedProblem(CheckedPdf pdf) {
        Optional<String> trapped = XmpProperty.of(pdf.document(), PDF_NAMESPACE, "Trapped")
                .or(() -> XmpProperty.nonBlank(pdf.document().getDocumentInformation().getTrapped()));
        if (trapped.isEmpty()) {
            return Optional.of("the document does not say whether it is trapped: PDF/X needs Trapped True or False"
                    + " (in the document info or as pdf:Trapped in the XMP)");
        }
        if (!trapped.get().equals("True") && !trapped.get().equals("False")) {
            return Optional.of("the document's Trapped is " + trapped.get() + ": PDF/X allows only True or False");
        }
        return Optional.empty();
    }

    private static COSDictionary pdfxOutputIntent(CheckedPdf pdf) {
        for (PDOutputIntent intent : pdf.document().getDocumentCatalog().getOutputIntents()) {
            COSDictionary dictionary = intent.getCOSObject();
            if (GTS_PDFX.equals(dictionary.getCOSName(COSName.S))) {
                return dictionary;
            }
        }
        return null;
    }

    /** The ICC header's data colour space, such as {@code CMYK}, {@code RGB} or {@code GRAY}. */
    private static Optional<String> iccColourSpace(COSStream profile) throws IOException {
        try (InputStream in = header(profile)) {
            byte[] header = in.readNBytes(ICC_SIGNATURE_OFFSET + 4);
            if (header.length < ICC_SIGNATURE_OFFSET + 4
                    || !new String(header, ICC_SIGNATURE_OFFSET, 4, StandardCharsets.US_ASCII).equals("acsp")) {
                return Optional.empty();
            }
            return Optional.of(new String(header, ICC_COLOUR_SPACE_OFFSET, 4, StandardCharsets.US_ASCII).strip());
        }
    }

    /**
     * The start of the profile's data: a profile compressed with Flate alone (FOP's, a megabyte) is inflated only as
     * far as it is read, where PDFBox would inflate all of it first.
     */
    private static InputStream header(COSStream profile) throws IOException {
        if (COSName.FLATE_DECODE.equals(profile.getFilters()) && profile.getDictionaryObject(COSName.DECODE_PARMS) == null
                && profile.getDictionaryObject(COSName.DP) == null) {
            return new InflaterInputStream(profile.createRawInputStream());
        }
        return profile.createInputStream();
    }
}
