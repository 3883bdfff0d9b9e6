package press.aurora.translate.po;

import java.util.Objects;

/**
 * A problem found while reading a PO file.
 *
 * @param line    1-based line in the PO text
 * @param message what is wrong, in words a translator understands
 * @param check   the kind of problem; {@link #checkId()} is its stable id such as {@code po-syntax}
 */
public record PoProblem(int line, String message, PoCheck check) {

    public PoProblem {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(check, "check");
    }

    public String checkId() {
        return check.id();
    }

    @Override
    public String toString() {
        return line + ": " + message + " [" + check.id() + "]";
    }
}
