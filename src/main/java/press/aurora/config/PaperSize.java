package press.aurora.config;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A trim size in millimetres, named (A3, tabloid...) or given as WIDTHxHEIGHT. */
public record PaperSize(String name, double widthMm, double heightMm) {

    /** Pages at least this wide are large-format (A3, tabloid) and get more columns. */
    private static final double LARGE_FORMAT_WIDTH_MM = 270;

    private static final Map<String, PaperSize> NAMED = Map.of(
            "a3", new PaperSize("A3", 297, 420),
            "a4", new PaperSize("A4", 210, 297),
            "tabloid", new PaperSize("tabloid", 279.4, 431.8),
            "letter", new PaperSize("letter", 215.9, 279.4));
    private static final Pattern CUSTOM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*x\\s*(\\d+(?:\\.\\d+)?)");

    public PaperSize {
        if (widthMm <= 0 || heightMm <= 0) {
            throw new IllegalArgumentException("paper size must be positive");
        }
    }

    /** Returns the paper for a name or {@code WxH} in mm, or null when the text is neither. */
    public static PaperSize parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        PaperSize named = NAMED.get(key);
        if (named != null) {
            return named;
        }
        Matcher custom = CUSTOM.matcher(key);
        return custom.matches()
                ? new PaperSize(text.strip(), Double.parseDouble(custom.group(1)), Double.parseDouble(custom.group(2)))
                : null;
    }

    public static String allowedNames() {
        return "A3, A4, tabloid, letter, or WIDTHxHEIGHT in mm";
    }

    /** Body columns on this paper: five on large formats, three on A4 and letter. */
    public int columns() {
        return widthMm >= LARGE_FORMAT_WIDTH_MM ? 5 : 3;
    }

    public boolean isLargeFormat() {
        return widthMm >= LARGE_FORMAT_WIDTH_MM;
    }
}
