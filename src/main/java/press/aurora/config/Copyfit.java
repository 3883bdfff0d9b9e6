package press.aurora.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The typography an edition is set in, one value for every page: the design's at level 0, looser
 * (larger, more space) at positive levels, tighter at negative ones, within {@link CopyfitLimits}.
 * Letter-spacing is never among them. The stylesheet receives these values as parameters.
 */
public record Copyfit(int level, double bodySizePt, double bodyLeadingPt, double headingSpaceMm, double articleSpaceMm,
                      double paragraphSpaceMm, double pullquoteSizePt, double figureWidthPercent, Copyfit design) {

    /** What was set, for the editor's report, e.g. {@code body 9.1/11.6 pt} or {@code body 8.8/11.2 pt as designed}. */
    public String describe() {
        String body = "body " + number(bodySizePt) + "/" + number(bodyLeadingPt) + " pt";
        if (design == null || level == 0) {
            return body + " as designed";
        }
        List<String> parts = new ArrayList<>(List.of(body));
        if (paragraphSpaceMm != design.paragraphSpaceMm) {
            parts.add("paragraph space " + number(paragraphSpaceMm) + " mm");
        }
        if (headingSpaceMm != design.headingSpaceMm) {
            parts.add("heading space " + number(headingSpaceMm) + " mm");
        }
        return String.join(", ", parts);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replaceAll("\\.0$", "");
    }
}
