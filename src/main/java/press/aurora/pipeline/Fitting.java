package press.aurora.pipeline;

import java.util.ArrayList;
import java.util.List;
import press.aurora.config.Copyfit;

/**
 * What the build did to fit an edition to its pages, for the editor's report: the page counts it
 * allowed, the copyfit, the reserve articles printed of those the issue offers, whether the back
 * page was set as a page of its own, and whether the edition reached the target fill.
 *
 * @param tightest     the tightest copyfit the limits allow, named when even that does not fit
 * @param linesMissing about how many lines of text the last page lacks to reach the target (0 when it does)
 * @param renderings   how many times the edition was rendered to find this
 */
public record Fitting(String pagesAllowed, Copyfit copyfit, Copyfit tightest, int reserveUsed, int reserveTotal, boolean backPageAlone,
                      boolean fits, int targetFillPercent, int linesMissing, int renderings) {

    /** The pages allowed and the copyfit, as the edition's line says them. */
    public FitSummary summary() {
        return new FitSummary(pagesAllowed, describe());
    }

    /** E.g. {@code body 9.1/11.6 pt, reserve: 1 of 2 used, back page set large}. */
    public String describe() {
        List<String> parts = new ArrayList<>(List.of(copyfit.describe()));
        if (reserveTotal > 0) {
            parts.add("reserve: " + reserveUsed + " of " + reserveTotal + " used");
        }
        if (backPageAlone) {
            parts.add("back page set large");
        }
        return String.join(", ", parts);
    }
}
