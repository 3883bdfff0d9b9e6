package press.aurora.pipeline;

/**
 * What an edition's line says about how it was fitted, beyond the page fit: the pages allowed (one
 * number, or a range such as {@code 2–4}) and the copyfit used (e.g. {@code body 9.1/11.6 pt, back page
 * set large}). Kept in the build record, so that an edition that is not built again still says it.
 */
public record FitSummary(String pagesAllowed, String copyfit) {

    public FitSummary {
        if (pagesAllowed.isBlank() || pagesAllowed.contains("\n") || copyfit.contains("\n")) {
            throw new IllegalArgumentException("a fit summary is two non-empty lines of text");
        }
    }
}
