package press.aurora.preflight;

import java.util.regex.Pattern;

/** Font names as an editor knows them: without the six-letter subset tag PDF writers prefix. */
final class FontNames {

    private static final Pattern SUBSET_TAG = Pattern.compile("^[A-Z]{6}\\+");

    private FontNames() {
    }

    static String display(String baseFont) {
        return baseFont == null ? "(unnamed)" : SUBSET_TAG.matcher(baseFont).replaceFirst("");
    }
}
