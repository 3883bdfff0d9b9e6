package press.aurora.preflight;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem found in one PDF.
 *
 * @param file     the PDF checked
 * @param page     the 1-based page number, or {@link #DOCUMENT} (0) for a document-level finding
 * @param severity how a printer treats it
 * @param check    the kebab-case id of the rule broken, such as {@code font-not-embedded}
 * @param message  the problem, in words an editor can act on
 */
public record PreflightFinding(Path file, int page, Severity severity, String check, String message) {

    /** The page number of a finding about the whole document rather than one page. */
    public static final int DOCUMENT = 0;

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public PreflightFinding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 (document) or a page number, was " + page);
        }
        if (!KEBAB_CASE.matcher(check).matches()) {
            throw new IllegalArgumentException("check id must be kebab-case, was '" + check + "'");
        }
    }

    public boolean isDocumentLevel() {
        return page == DOCUMENT;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code file: page N: severity: problem [check-id]}, or {@code file: severity: problem [check-id]}
     * for a document-level finding.
     */
    public String format() {
        String where = isDocumentLevel() ? "" : "page " + page + ": ";
        return file + ": " + where + severity.label() + ": " + message + " [" + check + "]";
    }

    @Override
    public String toString() {
        return format();
    }
}
