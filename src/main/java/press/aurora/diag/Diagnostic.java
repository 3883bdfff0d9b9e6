package press.aurora.diag;

import java.util.Objects;

/**
 * A problem found in the content, with where it is and what to do about it.
 * Printed as {@code file:line: severity: message [code]}.
 */
public record Diagnostic(Severity severity, String code, SourcePosition position, String message) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String code, SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, code, position, message);
    }

    public static Diagnostic warning(String code, SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, code, position, message);
    }

    @Override
    public String toString() {
        String where = position == null ? "" : position + ": ";
        return where + severity.label() + ": " + message + " [" + code + "]";
    }
}
