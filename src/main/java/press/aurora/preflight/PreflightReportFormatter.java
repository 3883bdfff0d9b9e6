package press.aurora.preflight;

import java.util.List;
import press.aurora.io.Json;

/**
 * Writes a {@link PreflightReport} for people (text) or for tools (JSON).
 *
 * <p>Text: one line per finding as {@link PreflightFinding#format()}, then a summary line such as
 * {@code preflight: 2 files, 1 error, 3 warnings}.
 *
 * <p>JSON, one object (pages are 1-based, 0 for a document-level finding; severity is
 * {@code "error"} or {@code "warning"}):
 * <pre>{@code
 * {
 *   "files": [
 *     {
 *       "file": "out/uk.pdf",
 *       "findings": [
 *         {"page": 2, "severity": "error", "check": "font-not-embedded", "message": "..."}
 *       ]
 *     }
 *   ],
 *   "errors": 1,
 *   "warnings": 0
 * }
 * }</pre>
 */
public final class PreflightReportFormatter {

    private PreflightReportFormatter() {
    }

    public static String text(PreflightReport report) {
        StringBuilder out = new StringBuilder();
        for (PreflightFinding finding : report.findings()) {
            out.append(finding.format()).append('\n');
        }
        return out.append(summary(report)).append('\n').toString();
    }

    /** {@code preflight: 2 files, 1 error, 3 warnings}. */
    public static String summary(PreflightReport report) {
        return "preflight: " + plural(report.files().size(), "file") + ", "
                + plural(report.errorCount(), "error") + ", " + plural(report.warningCount(), "warning");
    }

    private record ReportJson(List<FileJson> files, long errors, long warnings) {
    }

    private record FileJson(String file, List<FindingJson> findings) {
    }

    private record FindingJson(int page, String severity, String check, String message) {
    }

    /** The report as JSON, written by {@link Json}. */
    public static String json(PreflightReport report) {
        return Json.write(new ReportJson(report.files().stream().map(PreflightReportFormatter::file).toList(),
                report.errorCount(), report.warningCount()));
    }

    private static FileJson file(PreflightReport.FileFindings file) {
        return new FileJson(file.file().toString(), file.findings().stream()
                .map(f -> new FindingJson(f.page(), f.severity().label(), f.check(), f.message())).toList());
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
