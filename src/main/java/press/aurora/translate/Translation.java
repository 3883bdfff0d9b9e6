package press.aurora.translate;

import java.util.List;
import java.util.Objects;
import press.aurora.edition.InterfaceStrings;
import press.aurora.model.Issue;

/**
 * One language's version of an issue, ready for the edition's typography: the translated model, the translated
 * interface strings, which messages fell back to the source text, and how many fuzzy translations were printed
 * (only with --allow-fuzzy).
 */
public record Translation(Issue issue, InterfaceStrings strings, List<Fallback> fallbacks, int fuzzyPrinted) {

    public Translation {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(strings, "strings");
        fallbacks = List.copyOf(fallbacks);
    }

    /** The source itself: nothing translated, nothing missing. */
    public static Translation source(Issue issue, InterfaceStrings strings) {
        return new Translation(issue, strings, List.of(), 0);
    }
}
