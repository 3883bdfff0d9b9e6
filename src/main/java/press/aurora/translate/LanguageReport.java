package press.aurora.translate;

import java.util.List;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.Severity;

/** What {@code aurora check} found for one language: each file's counts, and every problem. */
public record LanguageReport(String language, List<FileReport> files, List<Diagnostic> diagnostics) {

    public LanguageReport {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public Counts messages() {
        return files.stream().map(FileReport::messages).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts words() {
        return files.stream().map(FileReport::words).reduce(Counts.ZERO, Counts::plus);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Complete enough and without errors. */
    public boolean passes(double minCompleteness) {
        return messages().meets(minCompleteness) && count(Severity.ERROR) == 0;
    }
}
