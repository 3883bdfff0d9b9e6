package press.aurora.translate.po;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while one PO text is read; hands them out ordered by line. */
final class PoProblems {
    private final List<PoProblem> problems = new ArrayList<>();

    void add(int line, PoCheck check, String message) {
        problems.add(new PoProblem(line, message, check));
    }

    /** Sorted by line; problems on the same line keep the order they were found in. */
    List<PoProblem> byLine() {
        List<PoProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(PoProblem::line));
        return List.copyOf(sorted);
    }
}
