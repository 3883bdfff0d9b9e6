package press.aurora.translate.po;

import java.util.List;
import java.util.Objects;

/**
 * What {@link PoReader} made of a PO text: the catalogue as far as it could be read, and every problem
 * found, ordered by line.
 */
public record PoReadResult(PoFile file, List<PoProblem> problems) {

    public PoReadResult {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }
}
