package press.aurora.preflight;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PDF version, such as 1.6: the number of a file's {@code %PDF-1.6} header or of its catalog's {@code /Version}. */
record PdfVersionNumber(int major, int minor) implements Comparable<PdfVersionNumber> {

    private static final Pattern NUMBER = Pattern.compile("(\\d)\\.(\\d)");

    PdfVersionNumber {
        if (major < 1 || minor < 0 || minor > 9) {
            throw new IllegalArgumentException("not a PDF version: " + major + "." + minor);
        }
    }

    static PdfVersionNumber of(int major, int minor) {
        return new PdfVersionNumber(major, minor);
    }

    /** The version PDFBox read as a float (1.6f), to the tenth, as a header writes it. */
    static PdfVersionNumber of(float version) {
        int tenths = Math.round(version * 10);
        return new PdfVersionNumber(tenths / 10, tenths % 10);
    }

    /** {@code 1.7} as a catalog's /Version name spells it; empty for anything else. */
    static Optional<PdfVersionNumber> parse(String text) {
        Matcher matcher = text == null ? null : NUMBER.matcher(text.strip());
        return matcher != null && matcher.matches()
                ? Optional.of(of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    @Override
    public int compareTo(PdfVersionNumber other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
