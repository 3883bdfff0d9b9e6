package press.aurora.fo;

import java.util.List;

/**
 * Decisions the build takes after measuring a first rendering: set the back-page box on a page of
 * its own (to pad a short issue), and start these articles on a new page (their headline was
 * stranded at the foot of a page).
 */
public record LayoutChoices(boolean backPageAlone, List<String> newPageArticles) {

    public static final LayoutChoices NONE = new LayoutChoices(false, List.of());

    public LayoutChoices {
        newPageArticles = List.copyOf(newPageArticles);
    }

    public LayoutChoices withBackPageAlone() {
        return new LayoutChoices(true, newPageArticles);
    }

    public LayoutChoices withNewPageArticles(List<String> articles) {
        return new LayoutChoices(backPageAlone, articles);
    }
}
