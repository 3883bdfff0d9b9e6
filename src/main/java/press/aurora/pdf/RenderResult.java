package press.aurora.pdf;

import java.util.List;

/** What FOP produced: the page count and the warnings worth telling the editor. */
public record RenderResult(int pages, List<String> warnings) {

    public RenderResult {
        warnings = List.copyOf(warnings);
    }
}
