package press.aurora.pdf;

import java.nio.file.Path;
import java.util.Map;

/** The PDF standard FOP writes for one rendering, as FOP renderer options. */
public record RenderProfile(Variant variant, Map<String, Object> rendererOptions, boolean accessibility) {

    /** The PDF/A level of screen files: the tagged level, which veraPDF validates in the tests. */
    public static final String SCREEN_PDF_A = "PDF/A-2a";

    public RenderProfile {
        rendererOptions = Map.copyOf(rendererOptions);
    }

    /**
     * A print file: PDF/X ({@code pdfXMode}, such as {@code PDF/X-4}) headed with the PDF version it is built on
     * ({@code pdfVersion}, such as {@code 1.6}), with the printer's CMYK profile as output intent.
     */
    public static RenderProfile print(String pdfXMode, String pdfVersion, Path iccProfile) {
        return new RenderProfile(Variant.PRINT, Map.of("pdf-x-mode", pdfXMode, "version", pdfVersion,
                "output-profile", iccProfile.toUri().toString()), false);
    }

    /** A screen file: tagged PDF/A. */
    public static RenderProfile screen() {
        return new RenderProfile(Variant.SCREEN, Map.of("pdf-a-mode", SCREEN_PDF_A), true);
    }
}
