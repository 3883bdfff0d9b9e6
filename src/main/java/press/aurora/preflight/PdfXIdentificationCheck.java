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
 * A print file says it is PDF/X and for which printing condition: a {@code GTS_PDFXVersion}, and
 * an OutputIntent with {@code /S /GTS_PDFX} whose DestOutputProfile is a CMYK ICC profile.
 */
final class PdfXIdentificationCheck implements PreflightCheck {

    static final String VERSION_MISSING = "pdfx-version-missing";
    static final String OUTPUT_INTENT_MISSING = "output-intent-missing";
    static final String OUTPUT_PROFILE_MISSING = "output-intent-profile-missing";
    static final String OUTPUT_PROFILE_NOT_CMYK = "output-intent-not-cmyk";

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
