package press.aurora.preflight;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The findings of a preflight run over one or more PDFs, file by file in the order checked. */
public record PreflightReport(List<FileFindings> files) {

    /** The findings of one PDF, sorted by page. */
    public record FileFindings(Path file, List<PreflightFinding> findings) {

        public FileFindings {
            Objects.requireNonNull(file, "file");
            findings = List.copyOf(findings);
            for (PreflightFinding finding : findings) {
                if (!finding.file().equals(file)) {
                    throw new IllegalArgumentException("finding for " + finding.file() + " filed under " + file);
                }
            }
        }

        public boolean hasErrors() {
            return findings.stream().anyMatch(PreflightFinding::isError);
        }
    }

    public PreflightReport {
        files = List.copyOf(files);
    }

    /** True when any file has an error: the run should fail. */
    public boolean hasErrors() {
        return files.stream().anyMatch(FileFindings::hasErrors);
    }

    /** Every finding of every file, file by file. */
    public List<PreflightFinding> findings() {
        return files.stream().flatMap(file -> file.findings().stream()).toList();
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    public long warningCount() {
        return count(Severity.WARNING);
    }

    private long count(Severity severity) {
        return findings().stream().filter(finding -> finding.severity() == severity).count();
    }
}
