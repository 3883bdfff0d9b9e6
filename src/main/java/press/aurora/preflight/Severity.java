package press.aurora.preflight;

import java.util.Locale;

/** How a printer treats a finding: an error stops the job, a warning is a query. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in text and JSON reports: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
