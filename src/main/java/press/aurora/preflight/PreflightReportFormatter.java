package press.aurora.preflight;

import press.aurora.diag.JsonString;

import java.util.List;

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

    public static String json(PreflightReport report) {
        StringBuilder out = new StringBuilder("{\n  \"files\": [");
        List<PreflightReport.FileFindings> files = report.files();
        for (int f = 0; f < files.size(); f++) {
            PreflightReport.FileFindings file = files.get(f);
            out.append(f == 0 ? "\n" : ",\n")
                    .append("    {\n      \"file\": ").append(JsonString.quote(file.file().toString()))
                    .append(",\n      \"findings\": [");
            List<PreflightFinding> findings = file.findings();
            for (int i = 0; i < findings.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n").append("        ").append(json(findings.get(i)));
            }
            out.append(findings.isEmpty() ? "]" : "\n      ]").append("\n    }");
        }
        out.append(files.isEmpty() ? "]" : "\n  ]")
                .append(",\n  \"errors\": ").append(report.errorCount())
                .append(",\n  \"warnings\": ").append(report.warningCount())
                .append("\n}\n");
        return out.toString();
    }

    private static String json(PreflightFinding finding) {
        return "{\"page\": " + finding.page()
                + ", \"severity\": " + JsonString.quote(finding.severity().label())
                + ", \"check\": " + JsonString.quote(finding.check())
                + ", \"message\": " + JsonString.quote(finding.message()) + "}";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
