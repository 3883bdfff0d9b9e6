package press.aurora.fo;

import java.util.List;
import java.util.Objects;
import press.aurora.config.Copyfit;

/**
 * What the build decided for one rendering of an edition: the typography (its copyfit), how many
 * reserve articles it prints, whether the back-page box is set as a page of its own (to fill a short
 * issue), and which articles start on a new page (their headline was stranded at the foot of a page).
 */
public record LayoutChoices(Copyfit copyfit, int reserveUsed, boolean backPageAlone, List<String> newPageArticles) {

    public LayoutChoices {
        Objects.requireNonNull(copyfit, "copyfit");
        newPageArticles = List.copyOf(newPageArticles);
        if (reserveUsed < 0) {
            throw new IllegalArgumentException("reserveUsed must not be negative");
        }
    }

    /** This typography and reserve, the back-page box at the end of the text, no article moved to a new page. */
    public static LayoutChoices of(Copyfit copyfit, int reserveUsed) {
        return new LayoutChoices(copyfit, reserveUsed, false, List.of());
    }

    public LayoutChoices withNewPageArticles(List<String> articles) {
        return new LayoutChoices(copyfit, reserveUsed, backPageAlone, articles);
    }
}
